package org.coopole.security.internal;

import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.security.Account;
import org.coopole.security.PoleRole;
import org.coopole.security.ProfileData;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.coopole.db.Tables.CREDENTIALS_FOR;
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

    /** What Spring Security needs to check a password; empty for an unknown email. */
    public Optional<Credentials> findCredentials(String email) {
        // nobody is known yet, so row security would hide every person: a SECURITY DEFINER function answers
        return db.selectFrom(CREDENTIALS_FOR.call(email))
                .fetchOptional(r -> new Credentials(r.getPersonId(), r.getPasswordHash(), r.getActive(),
                        r.getPlatformAdmin()));
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

    public Optional<String> passwordHash(PersonId personId) {
        return db.select(PERSON.PASSWORD_HASH).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(PERSON.PASSWORD_HASH);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updatePasswordHash(PersonId personId, String hash) {
        db.update(PERSON).set(PERSON.PASSWORD_HASH, hash).where(PERSON.ID.eq(personId)).execute();
    }

    /** A person's sign-in data. */
    public record Credentials(PersonId id, String passwordHash, boolean active, boolean platformAdmin) {
    }
}
