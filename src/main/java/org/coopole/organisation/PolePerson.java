package org.coopole.organisation;

import org.coopole.common.PersonId;

/** A person of the pole, for naming animators. */
public record PolePerson(PersonId id, String name, String organisationName, boolean animator) {
}
