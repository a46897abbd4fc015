package org.coopole.organisation.internal;

import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.db.Routines;
import org.coopole.organisation.JoinablePole;
import org.coopole.organisation.LegalForm;
import org.coopole.organisation.PoleMember;
import org.coopole.organisation.PolePerson;
import org.coopole.pole.MembershipStatus;
import org.coopole.security.PoleRole;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE_DIRECTORY;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.selectOne;

@Repository
public class MembershipRepository {

    private final DSLContext db;

    MembershipRepository(DSLContext db) {
        this.db = db;
    }

    public List<PoleMember> members(PoleId poleId) {
        var requester = PERSON.as("requester");
        return db.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.LEGAL_FORM, ORGANISATION.ESS,
                        MEMBERSHIP.STATUS, MEMBERSHIP.JOINED_ON, MEMBERSHIP.LEFT_ON,
                        concat(requester.FIRST_NAME, inline(" "), requester.LAST_NAME))
                .from(MEMBERSHIP)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .leftJoin(requester).on(requester.ID.eq(MEMBERSHIP.REQUESTED_BY_PERSON_ID))
                .where(MEMBERSHIP.POLE_ID.eq(poleId))
                .orderBy(MEMBERSHIP.STATUS, lower(ORGANISATION.NAME))
                .fetch(r -> new PoleMember(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public OrganisationId createOrganisation(String name, LegalForm legalForm, boolean ess) {
        OrganisationId id = new OrganisationId(UUID.randomUUID());
        db.insertInto(ORGANISATION)
                .set(ORGANISATION.ID, id).set(ORGANISATION.NAME, name)
                .set(ORGANISATION.LEGAL_FORM, legalForm).set(ORGANISATION.ESS, ess)
                .execute();
        return id;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void admit(PoleId poleId, OrganisationId organisationId, LocalDate today) {
        db.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.POLE_ID, poleId).set(MEMBERSHIP.ORGANISATION_ID, organisationId)
                .set(MEMBERSHIP.STATUS, MembershipStatus.ACTIVE).set(MEMBERSHIP.JOINED_ON, today)
                .execute();
    }

    /** Turns a request into an active membership; returns who asked, if the request was there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PersonId> acceptRequest(PoleId poleId, OrganisationId organisationId, LocalDate today) {
        return db.update(MEMBERSHIP)
                .set(MEMBERSHIP.STATUS, MembershipStatus.ACTIVE).set(MEMBERSHIP.JOINED_ON, today)
                .where(MEMBERSHIP.POLE_ID.eq(poleId), MEMBERSHIP.ORGANISATION_ID.eq(organisationId),
                        MEMBERSHIP.STATUS.eq(MembershipStatus.REQUESTED))
                .returning(MEMBERSHIP.REQUESTED_BY_PERSON_ID)
                .fetchOptional(MEMBERSHIP.REQUESTED_BY_PERSON_ID);
    }

    /** Ends a current membership (requested or active); the row stays as history. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean end(PoleId poleId, OrganisationId organisationId, LocalDate today) {
        return db.update(MEMBERSHIP)
                .set(MEMBERSHIP.STATUS, MembershipStatus.LEFT).set(MEMBERSHIP.LEFT_ON, today)
                .where(MEMBERSHIP.POLE_ID.eq(poleId), MEMBERSHIP.ORGANISATION_ID.eq(organisationId),
                        MEMBERSHIP.STATUS.ne(MembershipStatus.LEFT))
                .execute() > 0;
    }

    /** Everybody of the organisation loses their roles in the pole. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeRoles(PoleId poleId, OrganisationId organisationId) {
        db.deleteFrom(POLE_ROLE)
                .where(POLE_ROLE.POLE_ID.eq(poleId), POLE_ROLE.PERSON_ID.in(
                        db.select(PERSON.ID).from(PERSON).where(PERSON.ORGANISATION_ID.eq(organisationId))))
                .execute();
    }

    /** Gives every active person of the organisation a role in the pole: manager for one of them, member for the rest. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grantRoles(PoleId poleId, OrganisationId organisationId, PersonId manager) {
        for (PersonId person : db.select(PERSON.ID).from(PERSON)
                .where(PERSON.ORGANISATION_ID.eq(organisationId), PERSON.ACTIVE.isTrue()).fetch(PERSON.ID)) {
            db.insertInto(POLE_ROLE)
                    .set(POLE_ROLE.POLE_ID, poleId).set(POLE_ROLE.PERSON_ID, person)
                    .set(POLE_ROLE.ROLE, person.equals(manager) ? PoleRole.ORGANISATION_MANAGER : PoleRole.MEMBER)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    public List<PolePerson> people(PoleId poleId) {
        return db.selectDistinct(PERSON.ID, concat(PERSON.FIRST_NAME, inline(" "), PERSON.LAST_NAME),
                        ORGANISATION.NAME,
                        exists(selectOne().from(POLE_ROLE.as("a")).where(POLE_ROLE.as("a").POLE_ID.eq(poleId),
                                POLE_ROLE.as("a").PERSON_ID.eq(PERSON.ID),
                                POLE_ROLE.as("a").ROLE.eq(PoleRole.ANIMATOR))),
                        PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .from(POLE_ROLE)
                .join(PERSON).on(PERSON.ID.eq(POLE_ROLE.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(POLE_ROLE.POLE_ID.eq(poleId), PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .fetch(r -> new PolePerson(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public boolean holdsRole(PoleId poleId, PersonId personId) {
        return db.fetchExists(POLE_ROLE, POLE_ROLE.POLE_ID.eq(poleId), POLE_ROLE.PERSON_ID.eq(personId));
    }

    public int animators(PoleId poleId) {
        return db.fetchCount(POLE_ROLE, POLE_ROLE.POLE_ID.eq(poleId), POLE_ROLE.ROLE.eq(PoleRole.ANIMATOR));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setAnimator(PoleId poleId, PersonId personId, boolean animator) {
        if (animator) {
            db.insertInto(POLE_ROLE)
                    .set(POLE_ROLE.POLE_ID, poleId).set(POLE_ROLE.PERSON_ID, personId)
                    .set(POLE_ROLE.ROLE, PoleRole.ANIMATOR)
                    .onConflictDoNothing().execute();
        } else {
            db.deleteFrom(POLE_ROLE).where(POLE_ROLE.POLE_ID.eq(poleId), POLE_ROLE.PERSON_ID.eq(personId),
                    POLE_ROLE.ROLE.eq(PoleRole.ANIMATOR)).execute();
        }
    }

    public List<JoinablePole> poleDirectory() {
        return db.selectFrom(POLE_DIRECTORY.call())
                .fetch(r -> new JoinablePole(r.getPoleId(), r.getName(), r.getTerritory()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean requestMembership(PoleId target) {
        return Boolean.TRUE.equals(Routines.requestMembership(db.configuration(), target.value()));
    }
}
