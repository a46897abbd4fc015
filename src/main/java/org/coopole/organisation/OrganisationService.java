package org.coopole.organisation;

import org.coopole.common.OrganisationId;
import org.coopole.common.PoleId;
import org.coopole.organisation.internal.OrganisationRepository;
import org.coopole.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Member organisations. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;

    OrganisationService(OrganisationRepository organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** The organisation the signed-in person belongs to; empty for platform staff who belong to none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Organisation> own() {
        return organisations.findOfPerson(currentUser.require());
    }

    /** The pole's active member organisations matching the query, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public List<OrganisationCard> directory(PoleId poleId, DirectoryQuery query) {
        return organisations.directory(poleId, query);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public int count(PoleId poleId, DirectoryQuery query) {
        return organisations.count(poleId, query);
    }

    /** The tags used by the pole's active members, for the directory's filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public List<String> tags(PoleId poleId) {
        return organisations.tags(poleId);
    }

    /**
     * An organisation's page, for members of a pole it belongs to. Empty for an organisation that is not (or no
     * longer) an active member of the pole, whether it exists elsewhere or not.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public Optional<OrganisationPage> page(PoleId poleId, OrganisationId organisationId) {
        return organisations.page(poleId, organisationId);
    }
}
