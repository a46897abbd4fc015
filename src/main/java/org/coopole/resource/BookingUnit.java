package org.coopole.resource;

/**
 * The steps in which a resource is booked, on the pole's clock: quarter hours or hours (start and end on one), or
 * half-days and days (from midnight or noon, from midnight). For half-days and days, opening hours only say which
 * weekdays are open.
 */
public enum BookingUnit {
    QUARTER_HOUR(15),
    HOUR(60),
    HALF_DAY(720),
    DAY(1440);

    private final int minutes;

    BookingUnit(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    /** Whether opening hours bound the time of day (not only the weekday). */
    public boolean withinTheDay() {
        return minutes < 720;
    }

    public String translationKey() {
        return "resource.unit." + name();
    }
}
