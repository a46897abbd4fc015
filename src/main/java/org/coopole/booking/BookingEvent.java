package org.coopole.booking;

import org.coopole.common.BookingId;
import org.coopole.common.PoleId;

/**
 * Something happened to a booking that somebody else should hear of; published inside the booking's transaction.
 * {@code occurrences} is above 1 for the first booking of a series booked at once.
 */
public record BookingEvent(Kind kind, PoleId poleId, BookingId bookingId, int occurrences) {

    public enum Kind {
        /** Made, waiting for the owner's decision: the owner's managers hear of it. */
        REQUESTED,
        /** Made and confirmed at once: the owner's managers hear of it. */
        BOOKED,
        /** The owner confirmed the request: the booker hears of it. */
        CONFIRMED,
        /** The owner declined the request: the booker hears of it. */
        DECLINED,
        /** The booker cancelled: the owner's managers hear of it. */
        CANCELLED_BY_BOOKER,
        /** The owner cancelled: the booker hears of it. */
        CANCELLED_BY_OWNER
    }
}
