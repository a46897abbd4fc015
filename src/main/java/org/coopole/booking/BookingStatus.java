package org.coopole.booking;

/** A booking's life: requested → confirmed or declined; confirmed → cancelled. Requested ones hold their slot. */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    DECLINED,
    CANCELLED;

    /** The status as a screen names it. */
    public String translationKey() {
        return "booking.status." + name();
    }

    /** Whether the booking holds its slot. */
    public boolean isLive() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
