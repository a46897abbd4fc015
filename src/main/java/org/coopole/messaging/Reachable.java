package org.coopole.messaging;

import org.coopole.common.PersonId;

/** A person of the pole one can write to. */
public record Reachable(PersonId id, String name, String organisationName) {
}
