package org.coopole.notification;

import org.coopole.common.ResourceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification: what happened ({@code kind}) to a booking of {@code resourceName} for {@code start}–{@code end},
 * which organisation did it ({@code byOrganisation}: the booker's for requests and cancellations, the owner's for
 * decisions), the reason given, and whether the person has seen it.
 */
public record Notification(UUID id, NotificationKind kind, Instant at, ResourceId resourceId, String resourceName,
                           String byOrganisation, Instant start, Instant end, String reason, boolean read) {
}
