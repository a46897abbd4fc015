package org.coopole.booking;

/** How a repeating booking repeats, on the pole's clock. */
public enum Repeat {
    DAILY,
    WEEKLY,
    MONTHLY;

    public String translationKey() {
        return "booking.repeat." + name();
    }
}
