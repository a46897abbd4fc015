package org.coopole.resource;

/**
 * How a resource may be booked: in steps of {@code unit}, for between {@code minMinutes} and {@code maxMinutes},
 * made at least {@code leadMinutes} before it starts, and at most {@code horizonDays} ahead. A slot freed for its
 * waitlist is held for the first in line for {@code waitlistHoldMinutes} (never past its start).
 */
public record BookingPolicy(int minMinutes, int maxMinutes, int leadMinutes, int horizonDays, BookingUnit unit,
                            int waitlistHoldMinutes) {

    /** How long a freed slot is held for the first in line, unless the owner says otherwise. */
    public static final int DEFAULT_HOLD_MINUTES = 120;
    public static final BookingPolicy DEFAULT = new BookingPolicy(30, 44640, 0, 365, BookingUnit.QUARTER_HOUR);

    public BookingPolicy {
        unit = unit == null ? BookingUnit.QUARTER_HOUR : unit;
    }

    public BookingPolicy(int minMinutes, int maxMinutes, int leadMinutes, int horizonDays, BookingUnit unit) {
        this(minMinutes, maxMinutes, leadMinutes, horizonDays, unit, DEFAULT_HOLD_MINUTES);
    }

    public BookingPolicy(int minMinutes, int maxMinutes, int leadMinutes, int horizonDays) {
        this(minMinutes, maxMinutes, leadMinutes, horizonDays, BookingUnit.QUARTER_HOUR);
    }
}
