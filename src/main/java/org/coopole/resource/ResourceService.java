package org.coopole.resource;

import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.resource.internal.ResourceRepository;
import org.coopole.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** What organisations share in a pole. (The catalogue's screens and booking policies are still to come.) */
@Service
public class ResourceService {

    private final ResourceRepository resources;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    ResourceService(ResourceRepository resources, CurrentUser currentUser) {
        this.resources = resources;
        this.currentUser = currentUser;
    }

    /** Shares a resource of the manager's organisation in the current pole. */
    @Transactional
    @PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ORGANISATION_MANAGER)")
    public ResourceId share(PoleId poleId, ResourceData data) {
        if (data.kind() == null) {
            throw new org.coopole.common.InvalidField("kind", "validation.required");
        }
        ResourceData clean = new ResourceData(data.kind(),
                TextRules.require("name", data.name(), ResourceData.NAME_MAX, true),
                TextRules.require("description", data.description(), ResourceData.DESCRIPTION_MAX, false),
                data.approvalRequired());
        return resources.create(poleId, currentUser.require(), clean);
    }

    /**
     * Sets a resource's booking policy, for the managers of the organisation that owns it.
     *
     * @throws InvalidField for a value out of bounds
     */
    @Transactional
    @PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ORGANISATION_MANAGER)")
    public void setPolicy(PoleId poleId, ResourceId resourceId, BookingPolicy policy) {
        if (policy.minMinutes() < 1 || policy.minMinutes() > 44640) {
            throw new org.coopole.common.InvalidField("minMinutes", "resource.policy.out-of-bounds");
        }
        if (policy.maxMinutes() < policy.minMinutes() || policy.maxMinutes() > 44640) {
            throw new org.coopole.common.InvalidField("maxMinutes", "resource.policy.max-below-min");
        }
        if (policy.leadMinutes() < 0 || policy.leadMinutes() > 525600) {
            throw new org.coopole.common.InvalidField("leadMinutes", "resource.policy.out-of-bounds");
        }
        if (policy.horizonDays() < 1 || policy.horizonDays() > 730) {
            throw new org.coopole.common.InvalidField("horizonDays", "resource.policy.out-of-bounds");
        }
        if (!resources.setPolicy(resourceId, currentUser.require(), policy)) {
            throw new org.springframework.security.access.AccessDeniedException("not a resource of this organisation");
        }
    }

    /**
     * Pauses a resource (no new booking for now), makes it bookable again, or archives it (for good; its bookings
     * stay as history), for its owner's managers.
     */
    @Transactional
    @PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ORGANISATION_MANAGER)")
    public void setStatus(PoleId poleId, ResourceId resourceId, ResourceStatus status) {
        if (!resources.setStatus(resourceId, currentUser.require(), status)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "not a resource of this organisation, or archived already");
        }
    }

    /** The resources shared in the pole that can be booked or are paused, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public List<ResourceCard> catalogue(PoleId poleId) {
        return resources.catalogue(poleId, CatalogueQuery.all(), clock.instant());
    }

    /** The catalogue filtered; with a window, only what can actually be booked for all of it ("free from … to …"). */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public List<ResourceCard> catalogue(PoleId poleId, CatalogueQuery query) {
        return resources.catalogue(poleId, query, clock.instant());
    }

    /**
     * Sets where a resource is, its capacity, accessibility notes, tags and rate, for its owner's managers.
     *
     * @throws InvalidField for a value to correct
     */
    @Transactional
    @PreAuthorize("@poleAccess.hasAnyRole(#poleId, T(org.coopole.security.PoleRole).ORGANISATION_MANAGER)")
    public void setDetails(PoleId poleId, ResourceId resourceId, ResourceDetails details) {
        String location = TextRules.require("location", details.location(), 500, false);
        String accessibility = TextRules.require("accessibility", details.accessibility(), 2000, false);
        if (details.capacity() != null && (details.capacity() < 1 || details.capacity() > 100000)) {
            throw new InvalidField("capacity", "resource.policy.out-of-bounds");
        }
        List<String> tags = details.tags().stream().map(t -> t.strip().toLowerCase(java.util.Locale.FRENCH))
                .filter(t -> !t.isEmpty()).distinct().toList();
        if (tags.size() > 10 || tags.stream().anyMatch(t -> t.length() > 30 || TextRules.hasMarkup(t))) {
            throw new InvalidField("tags", "organisation.tags.invalid");
        }
        RateUnit unit = details.rateUnit() == null ? RateUnit.FREE : details.rateUnit();
        if (details.rateCents() < 0 || details.rateCents() > 100_000_000 || (unit == RateUnit.FREE && details.rateCents() != 0)) {
            throw new InvalidField("rateCents", "resource.rate.invalid");
        }
        if (!resources.setDetails(resourceId, currentUser.require(),
                new ResourceDetails(location, details.capacity(), accessibility, tags, unit, details.rateCents()))) {
            throw new org.springframework.security.access.AccessDeniedException("not a resource of this organisation");
        }
    }
}
