package org.coopole.resource;

import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.common.TextRules;
import org.coopole.resource.internal.ResourceRepository;
import org.coopole.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopole.security.PoleMember;
import org.coopole.security.OrganisationManager;

/**
 * What organisations share in a pole: their managers list, describe and pause resources, set the rules for booking
 * them and choose the poles they are shared in; every member finds them in the catalogue.
 */
@Service
public class ResourceService {

    private static final String NOT_OURS = "not a resource of this organisation";

    private final ResourceRepository resources;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResourceService(ResourceRepository resources, CurrentUser currentUser, Clock clock) {
        this.resources = resources;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Shares a resource of the manager's organisation in the current pole. */
    @Transactional
    @OrganisationManager
    public ResourceId share(PoleId poleId, ResourceData data) {
        return resources.create(poleId, currentUser.require(), clean(data));
    }

    /**
     * Saves a manager's form at once: shares a new resource (no id) or changes one of the organisation's, with its
     * details, rules and poles. Nothing is kept when one value is refused.
     *
     * @throws InvalidField for the first value to correct
     */
    @Transactional
    @OrganisationManager
    public ResourceId save(PoleId poleId, ResourceId resourceIdOrNew, ResourceSettings settings) {
        ResourceId id = resourceIdOrNew;
        if (id == null) {
            id = share(poleId, settings.data());
        } else {
            update(poleId, id, settings.data());
        }
        setDetails(poleId, id, settings.details());
        setPolicy(poleId, id, settings.policy());
        setOpeningHours(poleId, id, settings.openingHours());
        setClosures(poleId, id, settings.closures());
        if (settings.data().kind() == ResourceKind.STAFF) {
            setStaff(poleId, id, settings.skills(), settings.weeklyCapMinutes());
        } else if (settings.weeklyCapMinutes() != null) {
            throw new InvalidField("weeklyCap", "resource.cap.staff-only");
        }
        shareIn(poleId, id, settings.poles().isEmpty() ? java.util.Set.of(poleId) : settings.poles());
        return id;
    }

    /**
     * Sets a resource's booking policy, for the managers of the organisation that owns it.
     *
     * @throws InvalidField for a value out of bounds
     */
    @Transactional
    @OrganisationManager
    public void setPolicy(PoleId poleId, ResourceId resourceId, BookingPolicy policy) {
        if (policy.minMinutes() < 1 || policy.minMinutes() > 44640) {
            throw new InvalidField("minMinutes", "resource.policy.out-of-bounds");
        }
        if (policy.maxMinutes() < policy.minMinutes() || policy.maxMinutes() > 44640) {
            throw new InvalidField("maxMinutes", "resource.policy.max-below-min");
        }
        if (policy.leadMinutes() < 0 || policy.leadMinutes() > 525600) {
            throw new InvalidField("leadMinutes", "resource.policy.out-of-bounds");
        }
        if (policy.horizonDays() < 1 || policy.horizonDays() > 730) {
            throw new InvalidField("horizonDays", "resource.policy.out-of-bounds");
        }
        if (policy.waitlistHoldMinutes() < 15 || policy.waitlistHoldMinutes() > 10080) {
            throw new InvalidField("waitlistHoldMinutes", "resource.policy.hold-out-of-bounds");
        }
        if (!resources.setPolicy(resourceId, currentUser.require(), policy)) {
            throw new AccessDeniedException(NOT_OURS);
        }
    }

    /**
     * Pauses a resource (no new booking for now), makes it bookable again, or archives it (for good; its bookings
     * stay as history), for its owner's managers.
     */
    @Transactional
    @OrganisationManager
    public void setStatus(PoleId poleId, ResourceId resourceId, ResourceStatus status) {
        if (!resources.setStatus(resourceId, currentUser.require(), status)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "not a resource of this organisation, or archived already");
        }
    }

    /** The resources shared in the pole that can be booked or are paused, by name. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<ResourceCard> catalogue(PoleId poleId) {
        return catalogue(poleId, CatalogueQuery.all());
    }

    /** The catalogue filtered; with a window, only what can actually be booked for all of it ("free from … to …"). */
    @Transactional(readOnly = true)
    @PoleMember
    public List<ResourceCard> catalogue(PoleId poleId, CatalogueQuery query) {
        Instant now = clock.instant();
        return resources.catalogue(poleId, query, now).stream()
                .filter(entry -> !query.hasWindow() || bookable(entry.getValue(), query.freeFrom(), query.freeTo(), now))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Whether the window passes every rule, the weekly cap of staff included (read only for capped resources). */
    private boolean bookable(BookingRules rules, Instant from, Instant to, Instant now) {
        if (rules.breach(from, to, now).isPresent()) {
            return false;
        }
        if (rules.weeklyCapMinutes() == null) {
            return true;
        }
        return rules.capBreach(from, to, week -> resources.bookedMinutes(rules.resourceId(), week[0], week[1]))
                .isEmpty();
    }

    /** A resource shared in the pole, with everything its page shows. */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<Resource> resource(PoleId poleId, ResourceId resourceId) {
        return resources.find(poleId, resourceId);
    }

    /**
     * The rules for booking a resource shared in the pole that can be booked now (active), for the booking
     * service; empty for any other.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<BookingRules> bookingRules(PoleId poleId, ResourceId resourceId) {
        return resources.activeRules(poleId, resourceId);
    }

    /** The resources shared in the pole, by name: all of them ({@code of} null) or one organisation's. */
    @Transactional(readOnly = true)
    @PoleMember
    public java.util.Map<ResourceId, String> names(PoleId poleId, org.coopole.common.OrganisationId of) {
        return resources.names(poleId, of);
    }

    /** The pole's clock, on which opening hours, closures and booking units are read. */
    @Transactional(readOnly = true)
    @PoleMember
    public java.time.ZoneId timeZone(PoleId poleId) {
        return resources.timeZone(poleId);
    }

    /** The resources of the manager's organisation, whatever their status. */
    @Transactional(readOnly = true)
    @OrganisationManager
    public List<ResourceCard> ofMyOrganisation(PoleId poleId) {
        return resources.ofOrganisation(currentUser.require());
    }

    /**
     * Changes what a resource is called, its kind, description and whether bookings need approval.
     *
     * @throws InvalidField for a value to correct
     */
    @Transactional
    @OrganisationManager
    public void update(PoleId poleId, ResourceId resourceId, ResourceData data) {
        if (!resources.update(resourceId, currentUser.require(), clean(data))) {
            throw new AccessDeniedException(NOT_OURS);
        }
    }

    /**
     * The opening hours on the pole's clock, replaced as a whole; none means open at all hours.
     *
     * @throws InvalidField when two ranges of one day overlap
     */
    @Transactional
    @OrganisationManager
    public void setOpeningHours(PoleId poleId, ResourceId resourceId, List<OpeningHours> hours) {
        requireOwned(resourceId);
        for (OpeningHours a : hours) {
            for (OpeningHours b : hours) {
                if (a != b && a.day() == b.day() && a.opens().isBefore(b.closes()) && b.opens().isBefore(a.closes())) {
                    throw new InvalidField("openingHours", "resource.opening.overlap");
                }
            }
        }
        resources.setOpeningHours(resourceId, hours);
    }

    /** The days on which the resource cannot be booked, replaced as a whole (at most 100 ranges). */
    @Transactional
    @OrganisationManager
    public void setClosures(PoleId poleId, ResourceId resourceId, List<Closure> closures) {
        requireOwned(resourceId);
        if (closures.size() > 100) {
            throw new InvalidField("closures", "resource.closure.too-many");
        }
        List<Closure> clean = closures.stream().map(c -> new Closure(c.firstDay(), c.lastDay(),
                TextRules.require("closures", c.reason(), 200, false))).toList();
        resources.setClosures(resourceId, clean);
    }

    /**
     * A staff resource's skills and the most hours it lends a week (none: no cap).
     *
     * @throws InvalidField for a skill or cap to correct
     */
    @Transactional
    @OrganisationManager
    public void setStaff(PoleId poleId, ResourceId resourceId, List<String> skills, Integer weeklyCapMinutes) {
        List<String> clean = words(skills);
        if (clean.size() > 20 || clean.stream().anyMatch(t -> t.length() > 60 || TextRules.hasMarkup(t)
                || TextRules.hasHiddenCharacters(t, false))) {
            throw new InvalidField("skills", "resource.skills.invalid");
        }
        if (weeklyCapMinutes != null && (weeklyCapMinutes < 15 || weeklyCapMinutes > 10080)) {
            throw new InvalidField("weeklyCap", "resource.policy.out-of-bounds");
        }
        if (!resources.setStaff(resourceId, currentUser.require(), clean, weeklyCapMinutes)) {
            throw new AccessDeniedException("not a staff resource of this organisation");
        }
    }

    /**
     * Chooses the poles of the organisation in which the resource is shared (at least one).
     *
     * @throws InvalidField when none is chosen
     */
    @Transactional
    @OrganisationManager
    public void shareIn(PoleId poleId, ResourceId resourceId, Set<PoleId> poles) {
        requireOwned(resourceId);
        if (poles.isEmpty()) {
            throw new InvalidField("poles", "resource.poles.none");
        }
        resources.shareIn(resourceId, List.copyOf(poles));
    }

    /** The poles a resource of the manager's organisation is shared in. */
    @Transactional(readOnly = true)
    @OrganisationManager
    public List<PoleId> sharedIn(PoleId poleId, ResourceId resourceId) {
        return resources.sharedIn(resourceId);
    }

    /**
     * Adds a photo (PNG or JPEG, checked by its content), with a thumbnail made here; five at most.
     *
     * @throws InvalidField when the file is not such an image, too big, or the sixth
     */
    @Transactional
    @OrganisationManager
    public void addPhoto(PoleId poleId, ResourceId resourceId, byte[] bytes) {
        requireOwned(resourceId);
        Photo.Prepared photo = Photo.of(bytes);
        if (!resources.addPhoto(resourceId, photo.photo(), photo.thumbnail())) {
            throw new InvalidField("photos", "resource.photo.too-many", Photo.MAX_PHOTOS);
        }
    }

    @Transactional
    @OrganisationManager
    public void removePhoto(PoleId poleId, ResourceId resourceId, int position) {
        requireOwned(resourceId);
        resources.removePhoto(resourceId, position);
    }

    /** A photo of a resource shared in the pole, whole or as its thumbnail. */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<Photo> photo(PoleId poleId, ResourceId resourceId, int position, boolean thumbnail) {
        return resources.photo(poleId, resourceId, position, thumbnail);
    }

    private void requireOwned(ResourceId resourceId) {
        if (!resources.ownedBy(resourceId, currentUser.require())) {
            throw new AccessDeniedException(NOT_OURS);
        }
    }

    private static ResourceData clean(ResourceData data) {
        if (data.kind() == null) {
            throw new InvalidField("kind", "validation.required");
        }
        return new ResourceData(data.kind(),
                TextRules.require("name", data.name(), ResourceData.NAME_MAX, true),
                TextRules.require("description", data.description(), ResourceData.DESCRIPTION_MAX, false),
                data.approvalRequired());
    }

    private static List<String> words(List<String> words) {
        return words.stream().map(t -> t.strip().toLowerCase(java.util.Locale.FRENCH))
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    /**
     * Sets where a resource is, its capacity, accessibility notes, tags and rate, for its owner's managers.
     *
     * @throws InvalidField for a value to correct
     */
    @Transactional
    @OrganisationManager
    public void setDetails(PoleId poleId, ResourceId resourceId, ResourceDetails details) {
        String location = TextRules.require("location", details.location(), 500, false);
        String accessibility = TextRules.require("accessibility", details.accessibility(), 2000, false);
        if (details.capacity() != null && (details.capacity() < 1 || details.capacity() > 100000)) {
            throw new InvalidField("capacity", "resource.policy.out-of-bounds");
        }
        List<String> tags = words(details.tags());
        if (tags.size() > 10 || tags.stream().anyMatch(t -> t.length() > 30 || TextRules.hasMarkup(t)
                || TextRules.hasHiddenCharacters(t, false))) {
            throw new InvalidField("tags", "organisation.tags.invalid");
        }
        RateUnit unit = details.rateUnit() == null ? RateUnit.FREE : details.rateUnit();
        if (details.rateCents() < 0 || details.rateCents() > 100_000_000 || (unit == RateUnit.FREE && details.rateCents() != 0)) {
            throw new InvalidField("rateCents", "resource.rate.invalid");
        }
        if (!resources.setDetails(resourceId, currentUser.require(),
                new ResourceDetails(location, details.capacity(), accessibility, tags, unit, details.rateCents()))) {
            throw new AccessDeniedException(NOT_OURS);
        }
    }
}
