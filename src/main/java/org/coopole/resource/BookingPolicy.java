package org.coopole.resource;

/**
 * How a resource may be booked: in steps of {@code unit}, for between {@code minMinutes} and {@code maxMinutes},
 * made at least {@code leadMinutes} before it starts, and at most {@code horizonDays} ahead.
 */
public record BookingPolicy(int minMinutes, int maxMinutes, int leadMinutes, int horizonDays, BookingUnit unit) {

    public static final BookingPolicy DEFAULT = new BookingPolicy(30, 44640, 0, 365, BookingUnit.QUARTER_HOUR);

    public BookingPolicy {
        unit = unit == null ? BookingUnit.QUARTER_HOUR : unit;
    }

    public BookingPolicy(int minMinutes, int maxMinutes, int leadMinutes, int horizonDays) {
        this(minMinutes, maxMinutes, leadMinutes, horizonDays, BookingUnit.QUARTER_HOUR);
    }
}
