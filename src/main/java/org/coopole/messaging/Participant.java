package org.coopole.messaging;

import org.coopole.common.PersonId;

/** A person taking part in a conversation, with their organisation; {@code active} false once deactivated. */
public record Participant(PersonId id, String name, String organisationName, boolean active) {
}
