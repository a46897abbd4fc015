package org.coopole.booking;

import org.coopole.common.ResourceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A place on a resource's waitlist for a period.
 *
 * @param heldUntil until when the freed slot is held for the person (an offer), else null
 * @param ahead     how many places are before it in line for an overlapping period (waiting places only)
 */
public record WaitlistEntry(UUID id, ResourceId resourceId, String resourceName, Instant start, Instant end,
                            WaitlistStatus status, Instant heldUntil, Instant joinedAt, int ahead) {
}
