package org.coopole.booking;

/** Where a place on a waitlist stands. */
public enum WaitlistStatus {
    /** In line for the slot. */
    WAITING,
    /** The slot was freed and is held for this person until the hold ends. */
    OFFERED,
    /** The person booked the slot offered. */
    BOOKED,
    /** The person let the offer go, its hold ended, or the period began. */
    PASSED,
    /** The person left the line. */
    WITHDRAWN;

    public String translationKey() {
        return "waitlist.status." + name();
    }
}
