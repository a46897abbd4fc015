package org.coopole.booking;

/** A booking's life: requested → confirmed or declined; confirmed → cancelled. Requested ones hold their slot. */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    DECLINED,
    CANCELLED;

    /** Whether the booking holds its slot. */
    public boolean isLive() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
