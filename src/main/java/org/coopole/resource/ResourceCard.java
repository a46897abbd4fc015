package org.coopole.resource;

import org.coopole.common.ResourceId;

/** A resource as the pole's catalogue lists it. */
public record ResourceCard(ResourceId id, String name, ResourceKind kind, String organisationName,
                           boolean approvalRequired, ResourceStatus status) {
}
