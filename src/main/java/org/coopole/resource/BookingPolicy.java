package org.coopole.resource;

/**
 * How a resource may be booked: length between {@code minMinutes} and {@code maxMinutes}, made at least
 * {@code leadMinutes} before it starts, and at most {@code horizonDays} ahead.
 */
public record BookingPolicy(int minMinutes, int maxMinutes, int leadMinutes, int horizonDays) {

    public static final BookingPolicy DEFAULT = new BookingPolicy(30, 44640, 0, 365);
}
