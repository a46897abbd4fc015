package org.coopole.booking;

import org.coopole.common.BookingId;
import org.coopole.common.ResourceId;

import java.time.Instant;

/** A booking in "my bookings" or "my organisation's bookings": everything about it, since it is ours. */
public record MyBooking(BookingId id, ResourceId resourceId, String resourceName, String ownerName, Instant start,
                        Instant end, BookingStatus status, String purpose, String bookedBy, String reason,
                        boolean inSeries, int revision, Instant changedAt, org.coopole.project.ProjectId project,
                        String projectTitle) {

    public MyBooking(BookingId id, ResourceId resourceId, String resourceName, String ownerName, Instant start,
                     Instant end, BookingStatus status, String purpose, String bookedBy, String reason,
                     boolean inSeries, int revision, Instant changedAt) {
        this(id, resourceId, resourceName, ownerName, start, end, status, purpose, bookedBy, reason, inSeries, revision,
                changedAt, null, null);
    }
}
