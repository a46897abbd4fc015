package org.coopole.api;

import java.time.Instant;
import java.util.UUID;

/** One of a person's API tokens, as their profile lists it (the secret itself is shown once, at creation). */
public record ApiToken(UUID id, String name, ApiScope scope, Instant createdAt, Instant lastUsedAt,
                       Instant revokedAt) {
}
