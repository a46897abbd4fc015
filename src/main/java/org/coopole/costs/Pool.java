package org.coopole.costs;

import org.coopole.common.OrganisationId;

import java.util.Map;
import java.util.UUID;

/**
 * A pool as its readers see it: {@code owner} is null for the pole's own pool; {@code editable} for its keepers;
 * names of its resources and organisations, by id; {@code version} to give back when saving it.
 */
public record Pool(UUID id, OrganisationId owner, String ownerName, PoolData data, boolean editable, int version,
                   Map<java.util.UUID, String> resourceNames, Map<OrganisationId, String> organisationNames) {
}
