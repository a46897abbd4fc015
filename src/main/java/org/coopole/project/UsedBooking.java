package org.coopole.project;

import org.coopole.common.BookingId;
import org.coopole.common.ResourceId;

import java.time.Instant;

/** A booking made for the project: the resource, who booked it, when, and whether it is live. */
public record UsedBooking(BookingId id, ResourceId resource, String resourceName, String organisationName,
                          Instant start, Instant end, String status, boolean staff) {
}
