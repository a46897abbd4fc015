package org.coopole.api;

import org.coopole.common.OrganisationId;
import org.coopole.common.ResourceId;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceKind;

/**
 * A resource as a pole's public catalogue shows it: never who booked it nor why.
 *
 * @param rateUnit  its rate's unit, or null when the pole does not show rates
 * @param rateCents its rate, or null when the pole does not show rates
 */
public record PublicResource(ResourceId id, String name, ResourceKind kind, OrganisationId organisationId,
                             String organisationName, String description, String location, Integer capacity,
                             RateUnit rateUnit, Integer rateCents, boolean approvalRequired) {
}
