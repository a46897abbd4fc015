package org.coopole.project;

import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;

/**
 * A partner of a project: a member organisation of the pole ({@code organisation}), or an outside body named only
 * ({@code outsideName} and {@code outsideKind}); its role in words ("porteur", "financeur", "opérateur") and,
 * for a member, a contact person of that organisation.
 */
public record PartnerData(OrganisationId organisation, String outsideName, OutsideKind outsideKind, String role,
                          PersonId contact) {

    public static final int ROLE_MAX = 100;
    public static final int NAME_MAX = 200;
}
