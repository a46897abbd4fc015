package org.coopole.booking;

import org.coopole.common.OrganisationId;
import org.coopole.common.ResourceId;
import org.coopole.resource.ResourceKind;

/**
 * A quota as its keeper sets it: for one resource or one kind, for one organisation or each, with hours per period,
 * live bookings ahead and/or a credit in euro cents per period (at least one).
 */
public record QuotaData(ResourceId resource, ResourceKind kind, OrganisationId organisation, QuotaPeriod period,
                        Integer maxHours, Integer maxAhead, Long creditCents) {
}
