package org.coopole.api;

import org.coopole.api.internal.ApiRepository;
import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditTrail;
import org.coopole.common.InvalidField;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.security.PoleAnimator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** The pole's animators publish its catalogue and choose what it shows. */
@Service
public class PublicationService {

    private final ApiRepository api;
    private final AuditTrail audit;
    private final org.coopole.resource.ResourceService resources;

    PublicationService(ApiRepository api, AuditTrail audit, org.coopole.resource.ResourceService resources) {
        this.api = api;
        this.resources = resources;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PoleAnimator
    public PublicationSettings settings(PoleId poleId) {
        return api.settings(poleId);
    }

    /** The resources shared in the pole, to choose those the catalogue shows. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public Map<ResourceId, String> resources(PoleId poleId) {
        return resources.names(poleId, null);
    }

    /**
     * Saves what the catalogue shows.
     *
     * @throws InvalidField for a resource not shared in the pole
     */
    @Transactional
    @PoleAnimator
    public void save(PoleId poleId, PublicationSettings settings) {
        if (!resources.names(poleId, null).keySet().containsAll(settings.resources())) {
            throw new InvalidField("resources", "api.publication.resource-elsewhere");
        }
        if (!api.save(poleId, settings)) {
            throw new AccessDeniedException("not a pole this person animates");
        }
        audit.log(AuditAction.CATALOGUE_PUBLISHED, poleId, null, settings.published() + " rates="
                + settings.showRates() + " busy=" + settings.showBusy() + " resources=" + settings.resources().size());
    }
}
