package org.coopole.booking;

import org.coopole.common.InvalidField;

import java.time.Instant;

/**
 * One date of a repeating booking, as previewed or booked: {@code free}, or taken by another booking, or refused
 * by the resource's rules ({@code refusal}).
 */
public record Occurrence(Instant start, Instant end, boolean taken, InvalidField refusal) {

    public boolean free() {
        return !taken && refusal == null;
    }
}
