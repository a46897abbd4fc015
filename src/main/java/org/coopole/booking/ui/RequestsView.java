package org.coopole.booking.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingSlot;
import org.coopole.live.LiveUpdates;
import org.coopole.live.Topic;
import org.coopole.live.ui.LiveRefresh;
import org.coopole.common.InvalidField;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.common.ui.FieldErrors;
import org.coopole.common.ui.Locales;
import org.coopole.resource.ResourceService;
import org.coopole.security.Account;
import org.coopole.security.ForPoleRoles;
import org.coopole.security.PoleRole;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.html.Span;
import org.coopole.common.ui.CompactGrid;
import org.coopole.security.CurrentAccount;

/** The requests waiting for a decision on the organisation's resources: confirm, or decline with a reason. */
@Route("requests")
@Menu(order = 23, icon = "vaadin:inbox", title = "booking.requests.nav")
@ForPoleRoles(PoleRole.ORGANISATION_MANAGER)
@PermitAll
class RequestsView extends Div implements HasDynamicTitle {

    private final BookingService bookings;
    private final org.coopole.messaging.MessagingService messaging;
    private final PoleId poleId;
    private final Grid<BookingSlot> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Grid<BookingSlot> confirmed = new Grid<>();

    private final DateTimeFormatter format;
    private final ZoneId zone;

    /** The person and their current pole, read once for this navigation. */
    private final CurrentAccount current;

    RequestsView(CurrentAccount current, BookingService bookings, ResourceService resources, LiveUpdates live,
                 org.coopole.messaging.MessagingService messaging) {
        this.messaging = messaging;
        this.current = current;
        this.bookings = bookings;
        addClassName("coopole-page");
        this.poleId = current.get().currentPole().map(Account.PoleMembership::poleId).orElseThrow();
        ZoneId zone = resources.timeZone(poleId);
        add(new H1(getTranslation("booking.requests.title")));
        format = Dates.dateTimes(Locales.of(this), zone);
        this.zone = zone;
        columns(grid, grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("booking.mine.actions")).setAutoWidth(true).setFlexGrow(0));
        columns(confirmed, confirmed.addComponentColumn(booking -> {
            Button cancel = new Button(getTranslation("booking.mine.cancel"), e -> askReason(booking, false));
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            cancel.setAriaLabel(getTranslation("booking.requests.cancel-label", booking.organisationName(),
                    booking.resourceName(), period(booking)));
            Div actions = new Div(BookingConversation.button(this, messaging, poleId, booking.id(),
                    booking.organisationName() + ", " + booking.resourceName() + ", " + period(booking)), cancel);
            actions.addClassName("coopole-row-actions");
            return actions;
        }).setKey("actions").setHeader(getTranslation("booking.mine.actions")).setAutoWidth(true).setFlexGrow(0));
        confirmed.setEmptyStateText(getTranslation("booking.requests.confirmed-none"));
        empty.setText(getTranslation("booking.requests.none"));
        add(empty, grid, new H2(getTranslation("booking.requests.confirmed-title")), confirmed);
        refresh();
        // a request made anywhere in the pole, on any node, appears without a reload
        LiveRefresh.keep(this, live, Topic.BOOKINGS, poleId, null, signal -> refresh());
    }

    /** Resource, who asked, when, purpose: in sight at 1280 px; below, one summary per booking beside its actions. */
    private void columns(Grid<BookingSlot> table, Grid.Column<BookingSlot> actions) {
        var resource = table.addColumn(BookingSlot::resourceName).setHeader(getTranslation("booking.mine.resource"))
                .setFlexGrow(1);
        var by = table.addColumn(s -> getTranslation("booking.requests.from", s.organisationName(), s.bookedBy()))
                .setHeader(getTranslation("booking.requests.by")).setFlexGrow(1);
        var when = table.addColumn(this::period).setHeader(getTranslation("booking.mine.when-column")).setAutoWidth(true);
        var purpose = table.addColumn(BookingSlot::purpose).setHeader(getTranslation("booking.dialog.purpose"))
                .setFlexGrow(1);
        table.setColumnOrder(resource, by, when, purpose, actions);
        CompactGrid.summarise(table, CompactGrid.WIDE,
                getTranslation("booking.requests.request"), s -> List.of(
                        new Span(s.resourceName()),
                        CompactGrid.hint(period(s)),
                        new Span(getTranslation("booking.requests.from",
                                s.organisationName(), s.bookedBy())),
                        CompactGrid.hint(s.purpose())), actions);
        table.setAllRowsVisible(true);
    }

    private String period(BookingSlot slot) {
        return Dates.period(slot.start(), slot.end(), Locales.of(this), zone);
    }

    private void refresh() {
        confirmed.setItems(bookings.confirmedOfOurResources(poleId, 100));
        List<BookingSlot> waiting = bookings.requestsToDecide(poleId);
        grid.setItems(waiting);
        grid.setVisible(!waiting.isEmpty());
        empty.setVisible(waiting.isEmpty());
    }

    private Component actions(BookingSlot request) {
        Button confirm = new Button(getTranslation("booking.requests.confirm"), e -> {
            bookings.confirm(poleId, request.id());
            Notification.show(getTranslation("booking.requests.confirmed", request.organisationName()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        confirm.setAriaLabel(getTranslation("booking.requests.confirm-label", request.organisationName(),
                request.resourceName(), period(request)));
        Button decline = new Button(getTranslation("booking.requests.decline"), e -> askReason(request, true));
        decline.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        decline.setAriaLabel(getTranslation("booking.requests.decline-label", request.organisationName(),
                request.resourceName(), period(request)));
        Div actions = new Div(confirm, decline, BookingConversation.button(this, messaging, poleId, request.id(),
                request.organisationName() + ", " + request.resourceName() + ", " + period(request)));
        actions.addClassName("coopole-row-actions");
        return actions;
    }

    /** Declines a request, or cancels a confirmed booking, with a reason the booker will read. */
    private void askReason(BookingSlot request, boolean declining) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(declining ? "booking.requests.decline-title"
                : "booking.requests.cancel-title", request.organisationName()));
        TextArea reason = new TextArea(getTranslation("booking.requests.reason"));
        org.coopole.common.ui.TextLimits.limit(reason, BookingService.PURPOSE_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        // which booking: the resource and its times, as the table shows them
        dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("booking.requests.which",
                request.resourceName(), format.format(request.start()), format.format(request.end()))), reason);
        Button send = new Button(getTranslation(declining ? "booking.requests.decline" : "booking.mine.cancel"), e -> {
            try {
                if (declining) {
                    bookings.decline(poleId, request.id(), reason.getValue());
                } else {
                    bookings.cancelAsOwner(poleId, request.id(), reason.getValue());
                }
                dialog.close();
                refresh();
            } catch (InvalidField refusal) {
                FieldErrors.show(this, Map.of("reason", reason), refusal);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        // not a second "Annuler…": the way out says what it does
        dialog.getFooter().add(new Button(getTranslation(declining ? "common.back" : "booking.requests.keep"),
                e -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.requests.page-title");
    }
}
