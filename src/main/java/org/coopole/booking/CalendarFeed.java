package org.coopole.booking;

import java.time.Instant;
import java.util.UUID;

/** One of the person's secret calendar addresses: for a resource or for their organisation. */
public record CalendarFeed(UUID id, String name, boolean organisation, Instant createdAt) {
}
