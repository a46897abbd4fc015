package org.coopole.organisation;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditTrail;
import org.coopole.common.Email;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.TextRules;
import org.coopole.common.Tokens;
import org.coopole.mail.MailTemplate;
import org.coopole.mail.Outbox;
import org.coopole.organisation.internal.InvitationRepository;
import org.coopole.organisation.internal.MembershipRepository;
import org.coopole.organisation.internal.OrganisationRepository;
import org.coopole.security.CurrentUser;
import org.coopole.security.PoleRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.coopole.security.PoleAnimator;
import org.coopole.security.OrganisationManager;

/**
 * The animator's work on the pole's memberships: admitting organisations (by invitation, or by accepting their
 * request), ending memberships (the history stays), naming animators, and the decree's mix at a glance. Also
 * where a manager's organisation asks to join another pole.
 */
@Service
public class MembershipService {


    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final InvitationRepository invitations;
    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    MembershipService(MembershipRepository memberships, OrganisationRepository organisations,
                      InvitationRepository invitations, CurrentUser currentUser, Outbox outbox,
                      AuditTrail audit, java.time.Clock clock) {
        this.clock = clock;
        this.memberships = memberships;
        this.organisations = organisations;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Every membership of the pole, current and past. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public List<PoleMember> members(PoleId poleId) {
        return memberships.members(poleId);
    }

    @Transactional(readOnly = true)
    @PoleAnimator
    public DecreeMix decreeMix(PoleId poleId) {
        return DecreeMix.of(memberships.members(poleId));
    }

    /**
     * Admits a new organisation and invites its first manager by email.
     *
     * @throws InvalidField for a field to correct (the manager's email already has an account, for one)
     */
    @Transactional
    @PoleAnimator
    public void admit(PoleId poleId, NewMember member) {
        validate(member);
        String email = new Email(member.managerEmail()).value();
        String token = Tokens.newToken();
        OrganisationId organisation = memberships.createOrganisation(member.organisationName().strip(),
                member.legalForm(), member.ess());
        memberships.admit(poleId, organisation, java.time.LocalDate.now(clock));
        try {
            invitations.create(poleId, organisation, new InvitationData(member.managerFirstName(),
                            member.managerLastName(), email, PoleRole.ORGANISATION_MANAGER), email,
                    currentUser.require(), Tokens.hash(token), OffsetDateTime.now(clock).plus(InvitationService.VALIDITY));
        } catch (DuplicateKeyException e) {
            throw new InvalidField("managerEmail", "organisation.invite.email-taken");
        }
        audit.log(AuditAction.MEMBER_ADMITTED, poleId, member.organisationName().strip(), null);
        audit.log(AuditAction.INVITED, poleId, email, PoleRole.ORGANISATION_MANAGER.name());
        outbox.send(email, org.coopole.common.Language.DEFAULT, MailTemplate.INVITATION, java.util.Map.of(
                "firstName", member.managerFirstName().strip(), "organisation", member.organisationName().strip(),
                "link", outbox.link("invitation/" + token)));
    }

    /** Accepts an organisation's request to join: the person who asked becomes its manager in the pole. */
    @Transactional
    @PoleAnimator
    public void acceptRequest(PoleId poleId, OrganisationId organisationId) {
        PersonId requester = memberships.acceptRequest(poleId, organisationId, java.time.LocalDate.now(clock))
                .orElseThrow(() -> new IllegalStateException("no request of this organisation"));
        memberships.grantRoles(poleId, organisationId, requester);
        audit.log(AuditAction.MEMBERSHIP_ACCEPTED, poleId, nameOf(poleId, organisationId), null);
    }

    /** Declines a request, or ends a membership: the organisation's people lose their roles in the pole. */
    @Transactional
    @PoleAnimator
    public void end(PoleId poleId, OrganisationId organisationId) {
        boolean own = organisations.findOfPerson(currentUser.require())
                .map(o -> o.id().equals(organisationId)).orElse(false);
        if (own) {
            throw new OwnMembership();
        }
        String name = nameOf(poleId, organisationId);
        if (memberships.end(poleId, organisationId, java.time.LocalDate.now(clock))) {
            memberships.removeRoles(poleId, organisationId);
            audit.log(AuditAction.MEMBERSHIP_ENDED, poleId, name, null);
        }
    }

    /** The people of the pole, for naming animators. */
    @Transactional(readOnly = true)
    @PoleAnimator
    public List<PolePerson> people(PoleId poleId) {
        return memberships.people(poleId);
    }

    /** Names a person of the pole animator, or removes the role; the pole always keeps one animator. */
    @Transactional
    @PoleAnimator
    public void setAnimator(PoleId poleId, PersonId personId, boolean animator) {
        if (!memberships.holdsRole(poleId, personId)) {
            throw new org.springframework.security.access.AccessDeniedException("not a person of this pole");
        }
        if (!animator && Objects.equals(personId, currentUser.require()) && memberships.animators(poleId) <= 1) {
            throw new OwnMembership();
        }
        memberships.setAnimator(poleId, personId, animator);
        audit.log(animator ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REMOVED, poleId,
                personId.toString(), PoleRole.ANIMATOR.name());
    }

    /** Other poles a manager's organisation may ask to join. */
    @Transactional(readOnly = true)
    @OrganisationManager
    public List<JoinablePole> joinablePoles(PoleId poleId) {
        return memberships.poleDirectory().stream().filter(p -> !p.id().equals(poleId)).toList();
    }

    /** The manager's organisation asks to join another pole; false when it is a member or has asked already. */
    @Transactional
    @OrganisationManager
    public boolean requestToJoin(PoleId poleId, PoleId target) {
        boolean asked = memberships.requestMembership(target);
        if (asked) {
            audit.log(AuditAction.MEMBERSHIP_REQUESTED, poleId, target.toString(), null);
        }
        return asked;
    }

    private String nameOf(PoleId poleId, OrganisationId organisationId) {
        return organisations.profile(organisationId).map(OrganisationData::name).orElse(organisationId.toString());
    }

    static void validate(NewMember member) {
        TextRules.require("organisationName", member.organisationName(), OrganisationData.NAME_MAX, true);
        if (member.legalForm() == null) {
            throw new InvalidField("legalForm", "validation.required");
        }
        try {
            InvitationService.validate(new InvitationData(member.managerFirstName(), member.managerLastName(),
                    member.managerEmail(), PoleRole.ORGANISATION_MANAGER));
        } catch (InvalidField e) {
            String field = switch (e.field()) {
                case "firstName" -> "managerFirstName";
                case "lastName" -> "managerLastName";
                case "email" -> "managerEmail";
                default -> e.field();
            };
            throw new InvalidField(field, e.messageKey(), e.params());
        }
    }
}
