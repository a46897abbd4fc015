package org.coopole.notification;

/** What a notification tells of a booking (see {@link org.coopole.booking.BookingEvent.Kind}). */
public enum NotificationKind {
    REQUESTED,
    BOOKED,
    CONFIRMED,
    DECLINED,
    CANCELLED_BY_BOOKER,
    CANCELLED_BY_OWNER;

    public String translationKey() {
        return "notification.kind." + name();
    }
}
