package org.coopole.booking;

import org.coopole.common.OrganisationId;
import org.coopole.common.ResourceId;
import org.coopole.resource.ResourceKind;

import java.util.UUID;

/**
 * A limit on what each organisation (or one organisation) books of a resource or of a kind of resource in the pole:
 * minutes per period, live bookings ahead, and/or euros per period at the resources' rates; at least one is set.
 *
 * @param resource     the resource it limits, or null for a kind
 * @param kind         the kind of resource it limits, or null for one resource
 * @param organisation the organisation it binds, or null for each organisation of the pole on its own
 * @param keeps        whether the acting person may change it
 * @param owner        the organisation owning its resource (whose own bookings it never counts), or null for a kind
 */
public record Quota(UUID id, ResourceId resource, String resourceName, ResourceKind kind, OrganisationId organisation,
                    String organisationName, QuotaPeriod period, Integer maxMinutes, Integer maxAhead,
                    Long creditCents, boolean keeps, OrganisationId owner) {

    public QuotaData data() {
        return new QuotaData(resource, kind, organisation, period, maxMinutes == null ? null : maxMinutes / 60,
                maxAhead, creditCents);
    }
}
