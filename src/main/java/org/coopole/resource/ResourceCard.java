package org.coopole.resource;

import org.coopole.common.OrganisationId;
import org.coopole.common.ResourceId;

import java.util.List;

/** A resource as the pole's catalogue lists it; {@code photo} is the position of its first photo, if any. */
public record ResourceCard(ResourceId id, String name, ResourceKind kind, OrganisationId ownerId, String organisationName,
                           boolean approvalRequired, ResourceStatus status, Integer capacity, List<String> tags,
                           RateUnit rateUnit, int rateCents, Integer photo) {

    public ResourceCard {
        tags = List.copyOf(tags);
    }
}
