package org.coopole.organisation;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditTrail;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.organisation.internal.OrganisationRepository;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import org.coopole.security.PoleMember;
import org.coopole.security.OrganisationManager;

/** Member organisations. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    OrganisationService(OrganisationRepository organisations, CurrentUser currentUser, AuditTrail audit) {
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The pole's member organisations, by name: to choose one (whom a quota binds, who shares a cost). */
    @Transactional(readOnly = true)
    @PoleMember
    public java.util.Map<OrganisationId, String> memberNames(PoleId poleId) {
        return organisations.memberNames(poleId);
    }

    /** The organisation the signed-in person belongs to; empty for platform staff who belong to none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Organisation> own() {
        return organisations.findOfPerson(currentUser.require());
    }

    /** The pole's active member organisations matching the query, by name. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<OrganisationCard> directory(PoleId poleId, DirectoryQuery query) {
        return organisations.directory(poleId, query);
    }

    @Transactional(readOnly = true)
    @PoleMember
    public int count(PoleId poleId, DirectoryQuery query) {
        return organisations.count(poleId, query);
    }

    /** The tags used by the pole's active members, for the directory's filter. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<String> tags(PoleId poleId) {
        return organisations.tags(poleId);
    }

    /**
     * An organisation's page, for members of a pole it belongs to. Empty for an organisation that is not (or no
     * longer) an active member of the pole, whether it exists elsewhere or not.
     */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<OrganisationPage> page(PoleId poleId, OrganisationId organisationId) {
        Optional<OrganisationPage> page = organisations.page(poleId, organisationId);
        if (page.isEmpty()) {
            // an id outside the pole (guessed, edited or stale): the person sees "not found", the trail keeps it
            audit.record(AuditAction.REFUSED, "OrganisationService.page",
                    poleId + ", " + organisationId + ": not a member of the pole", null);
        }
        return page;
    }

    /** The manager's own organisation's profile, for editing. */
    @Transactional(readOnly = true)
    @OrganisationManager
    public OrganisationData editableProfile(PoleId poleId) {
        return organisations.profile(ownId()).orElseThrow();
    }

    /**
     * Saves the manager's own organisation's profile; every field is checked again here.
     *
     * @throws InvalidField for the first field the manager must correct
     */
    @Transactional
    @OrganisationManager
    public void updateProfile(PoleId poleId, OrganisationData data) {
        OrganisationData clean = OrganisationRules.validate(data);
        try {
            organisations.updateProfile(ownId(), clean);
        } catch (DuplicateKeyException e) {
            throw new InvalidField("siret", "organisation.siret.taken");
        }
        audit.log(AuditAction.ORGANISATION_UPDATED, poleId, clean.name(), null);
    }

    /** Makes a person of the manager's organisation a manager in the pole, or a member again. */
    @Transactional
    @OrganisationManager
    public void setManager(PoleId poleId, PersonId personId, boolean manager) {
        requireColleague(personId);
        if (!manager && personId.equals(currentUser.require())) {
            throw new ManagerRequired();
        }
        organisations.setRole(poleId, personId, PoleRole.ORGANISATION_MANAGER, manager);
        organisations.setRole(poleId, personId, PoleRole.MEMBER, !manager);
        audit.log(manager ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REMOVED, poleId,
                personId.toString(), PoleRole.ORGANISATION_MANAGER.name());
    }

    /** Stops a person of the manager's organisation from signing in; what they did stays attributed to them. */
    @Transactional
    @OrganisationManager
    public void deactivate(PoleId poleId, PersonId personId) {
        requireColleague(personId);
        if (personId.equals(currentUser.require())) {
            throw new ManagerRequired();
        }
        organisations.setActive(personId, false);
        audit.log(AuditAction.PERSON_DEACTIVATED, poleId, personId.toString(), null);
    }

    /**
     * Replaces the manager's organisation's logo.
     *
     * @throws InvalidField (field {@code logo}) for a file that is too big or is no PNG or JPEG image
     */
    @Transactional
    @OrganisationManager
    public void updateLogo(PoleId poleId, byte[] bytes) {
        organisations.saveLogo(ownId(), Logo.clean(bytes));
        audit.log(AuditAction.ORGANISATION_UPDATED, poleId, null, "logo");
    }

    /** An organisation's logo, for members of a pole it belongs to. */
    @Transactional(readOnly = true)
    @PoleMember
    public Optional<Logo> logo(PoleId poleId, OrganisationId organisationId) {
        return organisations.logo(organisationId);
    }

    private OrganisationId ownId() {
        return organisations.findOfPerson(currentUser.require()).map(Organisation::id)
                .orElseThrow(() -> new AccessDeniedException("no organisation"));
    }

    private void requireColleague(PersonId personId) {
        if (!organisations.isOfOrganisation(personId, ownId())) {
            throw new AccessDeniedException("not a person of the manager's organisation");
        }
    }
}
