package org.coopole.organisation;

import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditTrail;
import org.coopole.common.Email;
import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.TextRules;
import org.coopole.common.Tokens;
import org.coopole.mail.MailTemplate;
import org.coopole.mail.Outbox;
import org.coopole.organisation.internal.InvitationRepository;
import org.coopole.organisation.internal.OrganisationRepository;
import org.coopole.security.CurrentUser;
import org.coopole.security.PasswordPolicy;
import org.coopole.security.PoleRole;
import org.coopole.security.WeakPassword;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.coopole.security.OrganisationManager;

/**
 * Invitations: an organisation manager invites a person of their organisation by email; the person opens the
 * emailed link, sets a password and can sign in. The link is single-use and expires after seven days.
 */
@Service
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, OrganisationRepository organisations, CurrentUser currentUser,
                      PasswordEncoder passwords, Outbox outbox, AuditTrail audit,
                      Clock clock) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.passwords = passwords;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Invites a person into the manager's own organisation, as a member or a manager, and emails them the link.
     *
     * @throws InvalidField for a field the person must correct (the email already has an account, for one)
     */
    @Transactional
    @OrganisationManager
    public void invite(PoleId poleId, InvitationData data) {
        validate(data);
        PersonId me = currentUser.require();
        Organisation organisation = organisations.findOfPerson(me).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("no organisation"));
        String email = new Email(data.email()).value();
        String token = Tokens.newToken();
        try {
            invitations.create(poleId, organisation.id(), data, email, me, Tokens.hash(token),
                    OffsetDateTime.now(clock).plus(VALIDITY));
        } catch (DuplicateKeyException e) {
            throw new InvalidField("email", "organisation.invite.email-taken");
        }
        audit.log(AuditAction.INVITED, poleId, email, data.role().name());
        outbox.send(email, org.coopole.common.Language.DEFAULT, MailTemplate.INVITATION, java.util.Map.of(
                "firstName", data.firstName().strip(), "organisation", organisation.name(),
                "link", outbox.link("invitation/" + token)));
    }

    /** What the invitation page shows, for anybody holding the link. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Invitation> lookup(String token) {
        return Tokens.isToken(token) ? invitations.findByToken(Tokens.hash(token)) : Optional.empty();
    }

    /**
     * Sets the invited person's password; the link cannot serve again.
     *
     * @throws InvitationInvalid when the link is unknown, expired or used
     * @throws WeakPassword      when the password breaks the policy (the link stays valid)
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void accept(String token, String password) {
        Invitation invitation = lookup(token).filter(i -> i.status() == Invitation.Status.VALID)
                .orElseThrow(InvitationInvalid::new);
        PasswordPolicy.check(password, List.of(invitation.firstName(), invitation.lastName(), invitation.email()))
                .ifPresent(problem -> {
                    throw new WeakPassword(problem);
                });
        // accept_invitation writes the INVITATION_ACCEPTED audit row: nobody is signed in yet
        invitations.accept(Tokens.hash(token), passwords.encode(password)).orElseThrow(InvitationInvalid::new);
    }

    static void validate(InvitationData data) {
        name("firstName", data.firstName());
        name("lastName", data.lastName());
        if (!Email.isValid(data.email())) {
            throw new InvalidField("email", "validation.email");
        }
        if (data.role() != PoleRole.MEMBER && data.role() != PoleRole.ORGANISATION_MANAGER) {
            throw new InvalidField("role", "validation.required");
        }
    }

    private static void name(String field, String value) {
        TextRules.require(field, value, TextRules.NAME_MAX, true);
    }
}
