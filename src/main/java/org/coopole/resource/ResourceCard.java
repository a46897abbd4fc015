package org.coopole.resource;

import org.coopole.common.ResourceId;

import java.util.List;

/** A resource as the pole's catalogue lists it. */
public record ResourceCard(ResourceId id, String name, ResourceKind kind, String organisationName,
                           boolean approvalRequired, ResourceStatus status, Integer capacity, List<String> tags,
                           RateUnit rateUnit, int rateCents) {

    public ResourceCard {
        tags = List.copyOf(tags);
    }
}
