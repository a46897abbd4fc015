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
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.coopole.booking.BookingService;
import org.coopole.booking.CalendarFeed;
import org.coopole.booking.CalendarFeedService;
import org.coopole.booking.MyBooking;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.common.ui.Locales;
import org.coopole.mail.Mailer;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.AccountService;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
    private final Tabs whose = new Tabs();
    private final Tab mine = new Tab();
    private final Tab organisation = new Tab();
    private final RadioButtonGroup<Boolean> when = new RadioButtonGroup<>();
    private final Grid<MyBooking> grid = new Grid<>();
    private final Div feedList = new Div();

    MyBookingsView(BookingService bookings, CalendarFeedService feeds, ResourceService resources, Mailer mailer,
                   AccountService accounts) {
        this.bookings = bookings;
        this.feeds = feeds;
        this.mailer = mailer;
        addClassName("coopole-page");
        Account me = accounts.me();
        this.poleId = me.currentPole().map(Account.PoleMembership::poleId).orElseThrow();
        this.zone = resources.timeZone(poleId);
        add(new H1(getTranslation("booking.mine.title")));

        mine.setLabel(getTranslation("booking.mine.mine"));
        organisation.setLabel(getTranslation("booking.mine.organisation", me.organisationName()));
        whose.add(mine, organisation);
        whose.addSelectedChangeListener(e -> refresh());
        when.setItems(true, false);
        when.setItemLabelGenerator(upcoming -> getTranslation(upcoming ? "booking.mine.upcoming" : "booking.mine.past"));
        when.setValue(true);
        when.setAriaLabel(getTranslation("booking.mine.when"));
        when.addValueChangeListener(e -> refresh());

        DateTimeFormatter format = Dates.dateTimes(Locales.of(this), zone);
        // on a phone: one column telling what, when and its state, then the actions
        Grid.Column<MyBooking> compact = grid.addComponentColumn(b -> {
            Anchor link = new Anchor("resources/" + b.resourceId(), b.resourceName());
            link.getElement().setAttribute("router-link", true);
            Span when = new Span(format.format(b.start()) + " – " + format.format(b.end()));
            when.addClassName("coopole-hint");
            Div summary = new Div(link, when, status(b));
            summary.addClassName("coopole-booking-summary");
            return summary;
        }).setHeader(getTranslation("booking.mine.resource")).setFlexGrow(1);
        compact.setVisible(false);
        grid.addComponentColumn(b -> {
            Anchor link = new Anchor("resources/" + b.resourceId(), b.resourceName());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("booking.mine.resource")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(b -> format.format(b.start())).setHeader(getTranslation("booking.dialog.start")).setAutoWidth(true);
        grid.addColumn(b -> format.format(b.end())).setHeader(getTranslation("booking.dialog.end")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("booking.mine.status")).setAutoWidth(true);
        grid.addColumn(MyBooking::purpose).setHeader(getTranslation("booking.dialog.purpose")).setFlexGrow(1);
        grid.addColumn(MyBooking::bookedBy).setHeader(getTranslation("booking.mine.booked-by")).setAutoWidth(true);
        // the actions stay in sight when the columns are wider than the screen
        grid.addComponentColumn(this::actions).setHeader(getTranslation("booking.mine.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            boolean narrow = details.getWindowInnerWidth() < 700;
            grid.getColumns().forEach(column -> column.setVisible(column == compact ? narrow
                    : !narrow || column == grid.getColumns().getLast()));
        }));
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
        boolean wholeOrganisation = whose.getSelectedTab() == organisation;
        boolean upcoming = Boolean.TRUE.equals(when.getValue());
        grid.setItems(query -> bookings.mine(poleId, wholeOrganisation, upcoming, query.getOffset(), query.getLimit())
                .stream());
    }

    private Component status(MyBooking booking) {
        Span status = new Span(getTranslation(booking.status().translationKey()));
        status.addClassName("coopole-status-" + booking.status().name().toLowerCase(java.util.Locale.ROOT));
        if (booking.reason() != null && !booking.reason().isBlank()) {
            status.setTitle(booking.reason());
            return new Div(status, new Span(" · " + booking.reason()));
        }
        return status;
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
        ics.getElement().setAttribute("aria-label", getTranslation("booking.mine.ics"));
        ics.getElement().setAttribute("download", true);
        actions.add(ics);
        if (booking.status().isLive() && Boolean.TRUE.equals(when.getValue())) {
            Button cancel = new Button(getTranslation("booking.mine.cancel"), e -> confirmCancel(booking, false));
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(cancel);
            if (booking.inSeries()) {
                Button series = new Button(getTranslation("booking.mine.cancel-series"), e -> confirmCancel(booking, true));
                series.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
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
