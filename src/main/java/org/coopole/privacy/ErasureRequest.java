package org.coopole.privacy;

import org.coopole.common.PersonId;

import java.time.Instant;
import java.util.UUID;

/** A person's request to be erased, waiting for an animator of the pole or a manager of their organisation. */
public record ErasureRequest(UUID id, PersonId person, String personName, String organisationName,
                             Instant requestedAt) {
}
