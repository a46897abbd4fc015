package org.coopole.organisation.internal;

import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.db.Routines;
import org.coopole.organisation.Invitation;
import org.coopole.organisation.InvitationData;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.INVITATION;
import static org.coopole.db.Tables.INVITATION_BY_TOKEN;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE_ROLE;

@Repository
public class InvitationRepository {

    private final DSLContext db;

    InvitationRepository(DSLContext db) {
        this.db = db;
    }

    /** Creates the invited person (no password yet), their role in the pole and the invitation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PersonId create(PoleId poleId, OrganisationId organisationId, InvitationData data, String email,
                           PersonId invitedBy, String tokenHash, OffsetDateTime expiresAt) {
        PersonId person = new PersonId(UUID.randomUUID());
        db.insertInto(PERSON)
                .set(PERSON.ID, person)
                .set(PERSON.ORGANISATION_ID, organisationId)
                .set(PERSON.EMAIL, email)
                .set(PERSON.FIRST_NAME, data.firstName().strip())
                .set(PERSON.LAST_NAME, data.lastName().strip())
                .set(PERSON.CURRENT_POLE_ID, poleId)
                .execute();
        db.insertInto(POLE_ROLE)
                .set(POLE_ROLE.POLE_ID, poleId)
                .set(POLE_ROLE.PERSON_ID, person)
                .set(POLE_ROLE.ROLE, data.role())
                .execute();
        db.insertInto(INVITATION)
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.PERSON_ID, person)
                .set(INVITATION.POLE_ID, poleId)
                .set(INVITATION.INVITED_BY_PERSON_ID, invitedBy)
                .set(INVITATION.EXPIRES_AT, expiresAt)
                .execute();
        return person;
    }

    /** Readable before anybody is signed in, through a SECURITY DEFINER function. */
    public Optional<Invitation> findByToken(String tokenHash) {
        return db.selectFrom(INVITATION_BY_TOKEN.call(tokenHash))
                .fetchOptional(r -> new Invitation(r.getFirstName(), r.getLastName(), r.getEmail(),
                        r.getOrganisationName(), r.getPoleName(), r.getInviterName(),
                        r.getAccepted() ? Invitation.Status.USED
                                : r.getExpired() ? Invitation.Status.EXPIRED : Invitation.Status.VALID));
    }

    /** Sets the password and uses the invitation up, atomically; empty when it was unknown, expired or used. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PersonId> accept(String tokenHash, String passwordHash) {
        return Optional.ofNullable(Routines.acceptInvitation(db.configuration(), tokenHash, passwordHash))
                .map(PersonId::new);
    }
}
