package org.coopole.organisation;

import org.coopole.common.OrganisationId;
import org.coopole.pole.MembershipStatus;

import java.time.LocalDate;

/** An organisation's membership of the pole, current or past, as the animator manages it. */
public record PoleMember(OrganisationId id, String name, LegalForm legalForm, boolean ess, MembershipStatus status,
                         LocalDate joinedOn, LocalDate leftOn, String requestedBy) {
}
