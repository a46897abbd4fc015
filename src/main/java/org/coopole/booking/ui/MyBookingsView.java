package org.coopole.booking.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.coopole.booking.BookingService;
import org.coopole.common.ui.FieldErrors;
import java.util.Map;
import org.coopole.booking.CalendarFeed;
import org.coopole.booking.CalendarFeedService;
import org.coopole.booking.MyBooking;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.common.ui.Locales;
import org.coopole.mail.Mailer;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import org.coopole.common.ui.CompactGrid;
import org.coopole.security.CurrentAccount;

/**
 * "My bookings" and "my organisation's bookings", upcoming or past, a page at a time: cancel one, or an
 * occurrence of a series and all later ones; add one to a calendar (.ics); the person's calendar addresses.
 */
@Route("bookings")
@Menu(order = 22, icon = "vaadin:calendar-user", title = "booking.mine.nav")
@ForPoleRoles({PoleRole.ANIMATOR, PoleRole.ORGANISATION_MANAGER, PoleRole.MEMBER})
@PermitAll
class MyBookingsView extends Div implements HasDynamicTitle {

    private final BookingService bookings;
    private final CalendarFeedService feeds;
    private final Mailer mailer;
    private final PoleId poleId;
    private final ZoneId zone;
    /** Whose bookings: the person's own (false) or their whole organisation's (true); a choice, not tabs of panels. */
    private final RadioButtonGroup<Boolean> whose = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> when = new RadioButtonGroup<>();
    private final Grid<MyBooking> grid = new Grid<>();
    private final Div feedList = new Div();

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;
    private final org.coopole.messaging.MessagingService messaging;

    private final org.coopole.project.ProjectActivityService projects;

    MyBookingsView(CurrentAccount current, BookingService bookings, CalendarFeedService feeds, ResourceService resources, Mailer mailer,
                   org.coopole.messaging.MessagingService messaging, org.coopole.project.ProjectActivityService projects) {
        this.projects = projects;
        this.messaging = messaging;
        this.current = current;
        this.bookings = bookings;
        this.feeds = feeds;
        this.mailer = mailer;
        addClassName("coopole-page");
        Account me = current.get();
        this.poleId = me.currentPole().map(Account.PoleMembership::poleId).orElseThrow();
        this.zone = resources.timeZone(poleId);
        add(new H1(getTranslation("booking.mine.title")));
        com.vaadin.flow.component.html.Anchor waitlists = new com.vaadin.flow.component.html.Anchor("waitlist",
                getTranslation("waitlist.link"));
        waitlists.getElement().setAttribute("router-link", true);
        waitlists.setId("my-waitlists");
        add(new com.vaadin.flow.component.html.Paragraph(waitlists));

        whose.setItems(false, true);
        whose.setItemLabelGenerator(all -> all ? getTranslation("booking.mine.organisation", me.organisationName())
                : getTranslation("booking.mine.mine"));
        whose.setValue(false);
        whose.setAriaLabel(getTranslation("booking.mine.whose"));
        whose.addValueChangeListener(e -> refresh());
        when.setItems(true, false);
        when.setItemLabelGenerator(upcoming -> getTranslation(upcoming ? "booking.mine.upcoming" : "booking.mine.past"));
        when.setValue(true);
        when.setAriaLabel(getTranslation("booking.mine.when"));
        when.addValueChangeListener(e -> refresh());

        // resource, when (one column), state with its reason, purpose and booker, actions: all in sight at 1280 px;
        // below, one summary per booking beside its actions
        grid.addComponentColumn(b -> resourceLink(b)).setHeader(getTranslation("booking.mine.resource"))
                .setFlexGrow(1);
        grid.addColumn(b -> period(b)).setHeader(getTranslation("booking.mine.when-column")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("booking.mine.status")).setFlexGrow(1);
        grid.addColumn(b -> b.purpose().isBlank() ? b.bookedBy() : b.purpose() + " · " + b.bookedBy())
                .setHeader(getTranslation("booking.mine.purpose-by")).setFlexGrow(1);
        Grid.Column<MyBooking> actions = grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("booking.mine.actions")).setAutoWidth(true).setFlexGrow(0);
        CompactGrid.summarise(grid, CompactGrid.WIDE,
                getTranslation("booking.mine.booking"), b -> {
                    List<Component> lines = new ArrayList<>(List.of(resourceLink(b),
                            CompactGrid.hint(period(b)), status(b)));
                    lines.add(CompactGrid.hint(b.purpose().isBlank() ? b.bookedBy()
                            : b.purpose() + " · " + b.bookedBy()));
                    return lines;
                }, actions);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("booking.mine.none"));
        grid.addClassName("coopole-bookings-grid");

        Button organisationFeed = new Button(getTranslation("feed.organisation"), VaadinIcon.LINK.create(),
                e -> FeedDialog.open(this, feeds, mailer, poleId, null, this::showFeeds));
        organisationFeed.addThemeVariants(ButtonVariant.TERTIARY);
        add(whose, when, grid, new H2(getTranslation("feed.title")), new Paragraph(getTranslation("feed.explanation")),
                organisationFeed, feedList);
        refresh();
        showFeeds();
    }

    private void refresh() {
        boolean wholeOrganisation = Boolean.TRUE.equals(whose.getValue());
        boolean upcoming = Boolean.TRUE.equals(when.getValue());
        grid.setItems(query -> bookings.mine(poleId, wholeOrganisation, upcoming, query.getOffset(), query.getLimit())
                .stream());
    }

    private Anchor resourceLink(MyBooking booking) {
        Anchor link = new Anchor("resources/" + booking.resourceId(), booking.resourceName());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private String period(MyBooking booking) {
        return Dates.period(booking.start(), booking.end(), Locales.of(this), zone);
    }

    /** "« Grande salle », 8 déc. 2026, 10:00 – 12:00": which booking a button of its row acts on. */
    private String which(MyBooking booking) {
        return getTranslation("booking.mine.which", booking.resourceName(), period(booking));
    }

    private Component status(MyBooking booking) {
        Span status = new Span(getTranslation(booking.status().translationKey()));
        status.addClassName("coopole-status-" + booking.status().name().toLowerCase(java.util.Locale.ROOT));
        Div shown = new Div(status);
        if (booking.reason() != null && !booking.reason().isBlank()) {
            status.setTitle(booking.reason());
            shown.add(new Span(" · " + booking.reason()));
        }
        if (booking.project() != null) {
            // made for a joint project: its page lists the booking under the resources it used
            Anchor project = new Anchor("projects/" + booking.project(), booking.projectTitle());
            project.addClassName("coopole-booking-project");
            shown.add(new Span(" · "), project);
        }
        boolean manager = current.pole().map(p -> p.roles().contains(org.coopole.security.PoleRole.ORGANISATION_MANAGER))
                .orElse(false);
        if (manager || !Boolean.TRUE.equals(whose.getValue())) {
            // link it to a joint project, or change or undo the link (past bookings too); beside the state, where the
            // line wraps, so that the actions stay on one line
            Button link = new Button(VaadinIcon.CONNECT.create(), e -> openProject(booking));
            link.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            link.setAriaLabel(getTranslation("booking.mine.project-label", which(booking)));
            link.setTooltipText(getTranslation("booking.mine.project-label", which(booking)));
            shown.add(link);
        }
        return shown;
    }

    private void openProject(MyBooking booking) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(
                getTranslation("booking.mine.project-label", which(booking)));
        com.vaadin.flow.component.combobox.ComboBox<org.coopole.project.Choice> project =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("booking.dialog.project"));
        var choices = projects.bookableFor(poleId);
        project.setItems(choices);
        project.setItemLabelGenerator(org.coopole.project.Choice::name);
        project.setClearButtonVisible(true);
        project.setHelperText(getTranslation(choices.isEmpty() ? "booking.mine.project.none"
                : "booking.mine.project.helper"));
        project.setWidthFull();
        if (booking.project() != null) {
            choices.stream().filter(c -> c.id().equals(booking.project().value())).findFirst().ifPresent(project::setValue);
        }
        Button save = new Button(getTranslation("project.save"), e -> {
            try {
                projects.linkBooking(poleId, booking.id(), project.getValue() == null ? null
                        : new org.coopole.project.ProjectId(project.getValue().id()));
                dialog.close();
                refresh();
            } catch (org.coopole.common.InvalidField refusal) {
                FieldErrors.show(this, Map.of("project", project), refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(project);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    private Component actions(MyBooking booking) {
        Div actions = new Div();
        actions.addClassName("coopole-row-actions");
        Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] text = feeds.ics(poleId, booking).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), "coopole-" + booking.id() + ".ics",
                    "text/calendar", text.length);
        }), "");
        ics.add(VaadinIcon.CALENDAR_O.create(), new Span(".ics"));
        ics.setTitle(getTranslation("booking.mine.ics"));
        ics.getElement().setAttribute("aria-label", getTranslation("booking.mine.ics-label", which(booking)));
        ics.getElement().setAttribute("download", true);
        actions.add(ics);
        boolean manager = current.pole().map(p -> p.roles().contains(org.coopole.security.PoleRole.ORGANISATION_MANAGER))
                .orElse(false);
        if (manager || !Boolean.TRUE.equals(whose.getValue())) {
            // the booking's conversation with the owner's managers
            actions.add(BookingConversation.button(this, messaging, poleId, booking.id(), which(booking)));
        }
        if (booking.status().isLive() && Boolean.TRUE.equals(when.getValue())) {
            Button cancel = new Button(getTranslation("booking.mine.cancel"), e -> confirmCancel(booking, false));
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            cancel.setAriaLabel(getTranslation("booking.mine.cancel-label", which(booking)));
            actions.add(cancel);
            if (booking.inSeries()) {
                Button series = new Button(getTranslation("booking.mine.cancel-series"), e -> confirmCancel(booking, true));
                series.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                series.setAriaLabel(getTranslation("booking.mine.cancel-series-label", which(booking)));
                actions.add(series);
            }
        }
        return actions;
    }

    private void confirmCancel(MyBooking booking, boolean andLaterOnes) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(andLaterOnes ? "booking.mine.cancel-series" : "booking.mine.cancel"));
        confirm.setText(getTranslation(andLaterOnes ? "booking.mine.cancel-series.confirm" : "booking.mine.cancel.confirm",
                booking.resourceName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.back"));
        confirm.setConfirmText(getTranslation("booking.mine.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (andLaterOnes) {
                int count = bookings.cancelSeriesFrom(poleId, booking.id());
                Notification.show(getTranslation("booking.mine.cancelled-series", count));
            } else {
                bookings.cancel(poleId, booking.id());
                Notification.show(getTranslation("booking.mine.cancelled"));
            }
            refresh();
        });
        confirm.open();
    }

    private void showFeeds() {
        feedList.removeAll();
        for (CalendarFeed feed : feeds.mine(poleId)) {
            Button revoke = new Button(getTranslation("feed.revoke"), e -> {
                feeds.revoke(poleId, feed.id());
                showFeeds();
            });
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            Div row = new Div(new Span(feed.name()), revoke);
            row.addClassName("coopole-feed");
            feedList.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.mine.page-title");
    }
}
