package org.coopole.organisation;

import org.coopole.common.OrganisationId;

/** A member organisation as others see it. */
public record Organisation(OrganisationId id, String name, LegalForm legalForm, boolean ess, String address,
                           String description) {
}
