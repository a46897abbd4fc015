package org.coopole.security.internal;

import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.security.Account;
import org.coopole.security.PoleRole;
import org.coopole.security.ProfileData;
import org.coopole.db.Routines;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.coopole.db.Tables.SIGN_IN;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.PLATFORM_ADMIN;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_ROLE;

@Repository
public class AccountRepository {

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The Argon2id parameters and salt to hash a typed password with (the same kind of answer for an unknown email).
     * Nobody is known yet, so row security would hide every person: a SECURITY DEFINER function answers.
     */
    public String signInSetting(String email) {
        return Routines.signInSetting(db.configuration(), email);
    }

    /** The active account whose password hashes to the candidate; empty otherwise. */
    public Optional<SignedIn> signIn(String email, String candidateHash) {
        return db.selectFrom(SIGN_IN.call(email, candidateHash))
                .fetchOptional(r -> new SignedIn(r.getPersonId(), r.getPlatformAdmin(),
                        r.getSignedInAt().toInstant()));
    }

    /** Whether a session of that person signed in at that instant may go on. */
    public boolean sessionStillValid(PersonId personId, Instant signedInAt) {
        return Boolean.TRUE.equals(Routines.sessionStillValid(db.configuration(), personId.value(),
                signedInAt.atOffset(ZoneOffset.UTC)));
    }

    public Optional<Account> findAccount(PersonId personId) {
        return db.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME, PERSON.EMAIL, PERSON.PHONE, PERSON.LANGUAGE,
                        PERSON.ORGANISATION_ID, ORGANISATION.NAME, PLATFORM_ADMIN.PERSON_ID.isNotNull(),
                        PERSON.CURRENT_POLE_ID)
                .from(PERSON)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .leftJoin(PLATFORM_ADMIN).on(PLATFORM_ADMIN.PERSON_ID.eq(PERSON.ID))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new Account(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), poles(personId), r.value10()));
    }

    private List<Account.PoleMembership> poles(PersonId personId) {
        Map<PoleId, String> names = new LinkedHashMap<>();
        Map<PoleId, Set<PoleRole>> roles = new LinkedHashMap<>();
        db.select(POLE.ID, POLE.NAME, POLE_ROLE.ROLE)
                .from(POLE_ROLE)
                .join(POLE).on(POLE.ID.eq(POLE_ROLE.POLE_ID))
                .where(POLE_ROLE.PERSON_ID.eq(personId))
                .orderBy(POLE.NAME, POLE_ROLE.ROLE)
                .forEach(r -> {
                    names.put(r.value1(), r.value2());
                    roles.computeIfAbsent(r.value1(), id -> EnumSet.noneOf(PoleRole.class)).add(r.value3());
                });
        return names.entrySet().stream()
                .map(e -> new Account.PoleMembership(e.getKey(), e.getValue(), roles.get(e.getKey())))
                .toList();
    }

    public Set<PoleRole> rolesIn(PersonId personId, PoleId poleId) {
        Set<PoleRole> roles = EnumSet.noneOf(PoleRole.class);
        roles.addAll(db.select(POLE_ROLE.ROLE)
                .from(POLE_ROLE)
                .join(PERSON).on(PERSON.ID.eq(POLE_ROLE.PERSON_ID))
                .where(POLE_ROLE.PERSON_ID.eq(personId), POLE_ROLE.POLE_ID.eq(poleId), PERSON.ACTIVE.isTrue())
                .fetch(POLE_ROLE.ROLE));
        return roles;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateLanguage(PersonId personId, Language language) {
        db.update(PERSON).set(PERSON.LANGUAGE, language).where(PERSON.ID.eq(personId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateCurrentPole(PersonId personId, PoleId poleId) {
        db.update(PERSON).set(PERSON.CURRENT_POLE_ID, poleId).where(PERSON.ID.eq(personId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateProfile(PersonId personId, ProfileData profile) {
        db.update(PERSON)
                .set(PERSON.FIRST_NAME, profile.firstName().strip())
                .set(PERSON.LAST_NAME, profile.lastName().strip())
                .set(PERSON.PHONE, profile.phone() == null || profile.phone().isBlank() ? null : profile.phone().strip())
                .where(PERSON.ID.eq(personId))
                .execute();
    }

    /** The signed-in person's own password parameters and salt (never the hash). */
    public Optional<String> currentPasswordSetting() {
        return Optional.ofNullable(Routines.currentPasswordSetting(db.configuration()));
    }

    /**
     * Changes the signed-in person's password if the current password's candidate hash matches; returns the instant
     * from which their sessions are valid (every other session ends).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Instant> changePassword(String currentCandidateHash, String newHash) {
        return Optional.ofNullable(Routines.changePassword(db.configuration(), currentCandidateHash, newHash))
                .map(java.time.OffsetDateTime::toInstant);
    }

    /** A successful sign-in. */
    public record SignedIn(PersonId id, boolean platformAdmin, Instant at) {
    }
}
