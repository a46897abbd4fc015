package org.coopole.booking;

import org.coopole.booking.internal.BookingRepository;
import org.coopole.live.LiveSignals;
import org.coopole.live.Topic;
import org.coopole.notification.Notice;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.Subject;
import org.coopole.notification.SubjectKind;
import org.coopole.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/**
 * Says who should hear of what happened to a booking, and in which words: the owner's managers of a request, a
 * booking or the booker's cancellation; the booker of the owner's decision. Inside the booking's transaction.
 */
@Component
class BookingNotices {

    private final BookingRepository bookings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final LiveSignals live;

    BookingNotices(BookingRepository bookings, CurrentUser currentUser, ApplicationEventPublisher events,
                   LiveSignals live) {
        this.live = live;
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(BookingEvent event) {
        boolean fromOwner = switch (event.kind()) {
            case REQUESTED, BOOKED, CANCELLED_BY_BOOKER -> false;
            case CONFIRMED, DECLINED, CANCELLED_BY_OWNER -> true;
        };
        var actor = currentUser.require();
        var heard = bookings.told(event.bookingId(), !fromOwner, actor);
        // the resource's calendar and the owner's requests queue, open anywhere, read again
        live.changed(Topic.BOOKINGS, event.poleId(), heard.map(told -> told.resourceId())
                .orElseGet(() -> bookings.resourceOf(event.bookingId())).value());
        heard.ifPresent(told -> {
            Map<String, String> params = new HashMap<>();
            params.put("resource", told.resourceName());
            params.put("resourceId", told.resourceId().value().toString());
            // the organisation that acted: the owner for its decisions, the booker otherwise
            params.put("organisation", fromOwner ? told.ownerName() : told.bookerName());
            params.put("start", told.start().toString());
            params.put("end", told.end().toString());
            params.put("zone", told.zone());
            params.put("occurrences", String.valueOf(event.occurrences()));
            params.put("path", event.kind() == BookingEvent.Kind.REQUESTED ? "requests" : "resources/" + told.resourceId().value());
            if (told.reason() != null && !told.reason().isBlank()) {
                params.put("reason", told.reason());
            }
            events.publishEvent(new Notice(kind(event.kind()), event.poleId(),
                    new Subject(SubjectKind.BOOKING, event.bookingId().value()), actor, told.recipients(), params));
        });
    }

    private static NotificationKind kind(BookingEvent.Kind kind) {
        return switch (kind) {
            case REQUESTED -> NotificationKind.BOOKING_REQUESTED;
            case BOOKED -> NotificationKind.BOOKING_MADE;
            case CONFIRMED -> NotificationKind.BOOKING_CONFIRMED;
            case DECLINED -> NotificationKind.BOOKING_DECLINED;
            case CANCELLED_BY_BOOKER -> NotificationKind.BOOKING_CANCELLED_BY_BOOKER;
            case CANCELLED_BY_OWNER -> NotificationKind.BOOKING_CANCELLED_BY_OWNER;
        };
    }
}
