package org.coopole.api;

import org.coopole.api.internal.ApiRepository;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.ResourceKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pole's public catalogue, for anybody: nothing unless the pole's animators published it, and then only what they
 * chose to show — never who booked nor why.
 */
@Service
public class PublicCatalogueService {

    /** The longest window of free/busy periods asked at once. */
    public static final Duration LONGEST_WINDOW = Duration.ofDays(62);

    private final ApiRepository api;

    PublicCatalogueService(ApiRepository api) {
        this.api = api;
    }

    /**
     * The published pole.
     *
     * @throws NotPublished when the pole has no public catalogue
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public PublicPole pole(PoleId poleId) {
        return api.publicPole(poleId).orElseThrow(NotPublished::new);
    }

    /**
     * The pole's published resources, of one kind and one organisation when given.
     *
     * @throws NotPublished when the pole has no public catalogue
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<PublicResource> catalogue(PoleId poleId, ResourceKind kind, OrganisationId organisation) {
        pole(poleId);
        return api.publicCatalogue(poleId).stream()
                .filter(r -> kind == null || r.kind() == kind)
                .filter(r -> organisation == null || r.organisationId().equals(organisation))
                .toList();
    }

    /**
     * When a published resource is taken within [from, to): periods only.
     *
     * @throws NotPublished  when the pole shows no free/busy periods, or the resource is not in its catalogue
     * @throws InvalidField for a window that ends before it starts or is longer than {@link #LONGEST_WINDOW}
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<Instant[]> busy(PoleId poleId, ResourceId resourceId, Instant from, Instant to) {
        checkWindow(from, to);
        PublicPole pole = pole(poleId);
        if (!pole.showBusy() || api.publicCatalogue(poleId).stream().noneMatch(r -> r.id().equals(resourceId))) {
            throw new NotPublished();
        }
        return api.publicBusy(poleId, resourceId, from, to).getOrDefault(resourceId, List.of());
    }

    /**
     * When each published resource is taken within [from, to), in one query (the catalogue's page shows them all);
     * an empty map when the pole shows no busy periods.
     *
     * @throws NotPublished  when the pole has no public catalogue
     * @throws InvalidField for a window to correct, as {@link #busy}
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<ResourceId, List<Instant[]>> busyOfAll(PoleId poleId, Instant from, Instant to) {
        checkWindow(from, to);
        return pole(poleId).showBusy() ? api.publicBusy(poleId, null, from, to) : Map.of();
    }

    private static void checkWindow(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidField("to", "booking.end-before-start");
        }
        if (Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            throw new InvalidField("to", "api.window-too-long", LONGEST_WINDOW.toDays());
        }
    }
}
