package org.coopole.resource;

import org.coopole.common.OrganisationId;

import java.time.Instant;

/**
 * The pole's catalogue, filtered. With {@code freeFrom} and {@code freeTo}, only what can actually be booked for
 * that whole window: active, no live booking overlapping it, and the window fits the resource's policy.
 *
 * @param kind        only this kind, or all when null
 * @param tag         only resources with this tag, or all when blank
 * @param owner       only resources of this organisation, or all when null
 * @param minCapacity only resources for at least this many, or all when null
 */
public record CatalogueQuery(ResourceKind kind, String tag, OrganisationId owner, Integer minCapacity, Instant freeFrom,
                             Instant freeTo) {

    public CatalogueQuery {
        tag = tag == null ? "" : tag.strip().toLowerCase(java.util.Locale.FRENCH);
        if ((freeFrom == null) != (freeTo == null) || (freeFrom != null && !freeTo.isAfter(freeFrom))) {
            throw new org.coopole.common.InvalidField("freeTo", "booking.end-before-start");
        }
    }

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, "", null, null, null, null);
    }

    public boolean hasWindow() {
        return freeFrom != null;
    }
}
