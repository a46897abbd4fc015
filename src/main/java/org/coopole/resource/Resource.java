package org.coopole.resource;

import org.coopole.common.OrganisationId;
import org.coopole.common.ResourceId;

import java.util.List;

/** A resource's page: what it is, whose, where, its photos (their positions) and the rules for booking it. */
public record Resource(ResourceId id, OrganisationId ownerId, String ownerName, ResourceData data,
                       ResourceStatus status, ResourceDetails details, List<String> skills,
                       List<Integer> photoPositions, BookingRules rules) {

    public Resource {
        skills = List.copyOf(skills);
        photoPositions = List.copyOf(photoPositions);
    }
}
