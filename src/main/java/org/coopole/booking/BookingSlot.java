package org.coopole.booking;

import org.coopole.common.BookingId;

import java.time.Instant;

/**
 * A busy slot of a resource. Everybody who sees the resource sees that the slot is taken and by which
 * organisation; {@code purpose} and {@code bookedBy} are null except for the resource's owner and the booker.
 */
public record BookingSlot(BookingId id, Instant start, Instant end, BookingStatus status, String organisationName,
                          String purpose, String bookedBy, String resourceName) {
}
