package org.coopole.organisation;

import org.coopole.common.OrganisationId;

import java.time.LocalDate;
import java.util.List;

/** An organisation as the pole's member directory lists it. */
public record OrganisationCard(OrganisationId id, String name, LegalForm legalForm, boolean ess, List<String> tags,
                               String address, LocalDate memberSince) {

    public OrganisationCard {
        tags = List.copyOf(tags);
    }
}
