package org.coopole.organisation;

import org.coopole.security.PoleRole;

/** Who an organisation manager invites into their organisation, and as what. */
public record InvitationData(String firstName, String lastName, String email, PoleRole role) {
}
