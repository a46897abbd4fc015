package org.coopole.messaging;

import org.coopole.common.PersonId;

import java.time.Instant;
import java.util.UUID;

/** A message as its conversation's participants read it; {@code mine} when the reader wrote it. */
public record Message(UUID id, PersonId author, String authorName, String body, Instant at, boolean mine) {
}
