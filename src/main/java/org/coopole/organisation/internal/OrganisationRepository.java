package org.coopole.organisation.internal;

import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.organisation.DirectoryQuery;
import org.coopole.organisation.Logo;
import org.coopole.organisation.Organisation;
import org.coopole.organisation.OrganisationCard;
import org.coopole.organisation.OrganisationData;
import org.coopole.organisation.OrganisationPage;
import org.coopole.pole.MembershipStatus;
import org.coopole.security.PoleRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.ORGANISATION_LOGO;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.lower;

@Repository
public class OrganisationRepository {

    private final DSLContext db;

    OrganisationRepository(DSLContext db) {
        this.db = db;
    }

    /** The pole's member organisations (active memberships), by name. */
    public Map<OrganisationId, String> memberNames(PoleId poleId) {
        Map<OrganisationId, String> all = new java.util.LinkedHashMap<>();
        db.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .join(MEMBERSHIP).on(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID), MEMBERSHIP.POLE_ID.eq(poleId),
                        MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE))
                .orderBy(ORGANISATION.NAME)
                .forEach(r -> all.put(r.value1(), r.value2()));
        return all;
    }

    public Optional<Organisation> findOfPerson(PersonId personId) {
        return db.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.LEGAL_FORM, ORGANISATION.ESS,
                        ORGANISATION.ADDRESS, ORGANISATION.DESCRIPTION)
                .from(PERSON)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(Records.mapping(Organisation::new));
    }

    public List<OrganisationCard> directory(PoleId poleId, DirectoryQuery query) {
        return db.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.LEGAL_FORM, ORGANISATION.ESS,
                        ORGANISATION.TAGS, ORGANISATION.ADDRESS, MEMBERSHIP.JOINED_ON)
                .from(ORGANISATION)
                .join(MEMBERSHIP).on(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID))
                .where(matching(poleId, query))
                .orderBy(lower(ORGANISATION.NAME), ORGANISATION.ID)
                .offset(query.offset())
                .limit(query.limit())
                .fetch(r -> new OrganisationCard(r.value1(), r.value2(), r.value3(), r.value4(),
                        Arrays.asList(r.value5()), r.value6(), r.value7()));
    }

    public int count(PoleId poleId, DirectoryQuery query) {
        return db.fetchCount(ORGANISATION.join(MEMBERSHIP).on(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID)),
                matching(poleId, query));
    }

    public List<String> tags(PoleId poleId) {
        TreeSet<String> tags = new TreeSet<>(Collator.getInstance(Locale.FRENCH));
        db.select(ORGANISATION.TAGS)
                .from(ORGANISATION)
                .join(MEMBERSHIP).on(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID))
                .where(MEMBERSHIP.POLE_ID.eq(poleId), MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE))
                .forEach(r -> tags.addAll(Arrays.asList(r.value1())));
        return List.copyOf(tags);
    }

    public Optional<OrganisationPage> page(PoleId poleId, OrganisationId organisationId) {
        Map<PersonId, List<PoleRole>> roles = db.select(POLE_ROLE.PERSON_ID, POLE_ROLE.ROLE)
                .from(POLE_ROLE)
                .join(PERSON).on(PERSON.ID.eq(POLE_ROLE.PERSON_ID))
                .where(POLE_ROLE.POLE_ID.eq(poleId), PERSON.ORGANISATION_ID.eq(organisationId))
                .orderBy(POLE_ROLE.ROLE)
                .fetchGroups(POLE_ROLE.PERSON_ID, POLE_ROLE.ROLE);
        List<OrganisationPage.Member> people = db.select(PERSON.ID, PERSON.FIRST_NAME, PERSON.LAST_NAME,
                        PERSON.EMAIL, PERSON.PHONE)
                .from(PERSON)
                .where(PERSON.ORGANISATION_ID.eq(organisationId), PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .fetch(r -> new OrganisationPage.Member(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        roles.getOrDefault(r.value1(), List.of())));
        return db.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.LEGAL_FORM, ORGANISATION.ESS,
                        ORGANISATION.SIRET, ORGANISATION.ADDRESS, ORGANISATION.CONTACT_EMAIL, ORGANISATION.PHONE,
                        ORGANISATION.DESCRIPTION, ORGANISATION.TAGS, MEMBERSHIP.JOINED_ON)
                .from(ORGANISATION)
                .join(MEMBERSHIP).on(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID))
                .where(ORGANISATION.ID.eq(organisationId), MEMBERSHIP.POLE_ID.eq(poleId),
                        MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE))
                .fetchOptional(r -> new OrganisationPage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), Arrays.asList(r.value10()), r.value11(),
                        people));
    }

    private static Condition matching(PoleId poleId, DirectoryQuery query) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(MEMBERSHIP.POLE_ID.eq(poleId));
        conditions.add(MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE));
        if (!query.text().isEmpty()) {
            String pattern = "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add(ORGANISATION.NAME.likeIgnoreCase(pattern));
        }
        if (query.legalForm() != null) {
            conditions.add(ORGANISATION.LEGAL_FORM.eq(query.legalForm()));
        }
        if (query.ess() != null) {
            conditions.add(ORGANISATION.ESS.eq(query.ess()));
        }
        if (!query.tag().isEmpty()) {
            conditions.add(ORGANISATION.TAGS.contains(new String[] {query.tag()}));
        }
        return and(conditions);
    }


    public Optional<OrganisationData> profile(OrganisationId id) {
        return db.select(ORGANISATION.NAME, ORGANISATION.LEGAL_FORM, ORGANISATION.ESS, ORGANISATION.SIRET,
                        ORGANISATION.ADDRESS, ORGANISATION.CONTACT_EMAIL, ORGANISATION.PHONE, ORGANISATION.DESCRIPTION,
                        ORGANISATION.TAGS)
                .from(ORGANISATION)
                .where(ORGANISATION.ID.eq(id))
                .fetchOptional(r -> new OrganisationData(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), Arrays.asList(r.value9())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateProfile(OrganisationId id, OrganisationData data) {
        db.update(ORGANISATION)
                .set(ORGANISATION.NAME, data.name())
                .set(ORGANISATION.LEGAL_FORM, data.legalForm())
                .set(ORGANISATION.ESS, data.ess())
                .set(ORGANISATION.SIRET, data.siret())
                .set(ORGANISATION.ADDRESS, data.address())
                .set(ORGANISATION.CONTACT_EMAIL, data.contactEmail())
                .set(ORGANISATION.PHONE, data.phone())
                .set(ORGANISATION.DESCRIPTION, data.description())
                .set(ORGANISATION.TAGS, data.tags().toArray(String[]::new))
                .where(ORGANISATION.ID.eq(id))
                .execute();
    }

    public boolean isOfOrganisation(PersonId personId, OrganisationId organisationId) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId), PERSON.ORGANISATION_ID.eq(organisationId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setRole(PoleId poleId, PersonId personId, PoleRole role, boolean held) {
        if (held) {
            db.insertInto(POLE_ROLE)
                    .set(POLE_ROLE.POLE_ID, poleId).set(POLE_ROLE.PERSON_ID, personId).set(POLE_ROLE.ROLE, role)
                    .onConflictDoNothing()
                    .execute();
        } else {
            db.deleteFrom(POLE_ROLE)
                    .where(POLE_ROLE.POLE_ID.eq(poleId), POLE_ROLE.PERSON_ID.eq(personId), POLE_ROLE.ROLE.eq(role))
                    .execute();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setActive(PersonId personId, boolean active) {
        db.update(PERSON).set(PERSON.ACTIVE, active).where(PERSON.ID.eq(personId)).execute();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void saveLogo(OrganisationId id, Logo logo) {
        db.insertInto(ORGANISATION_LOGO)
                .set(ORGANISATION_LOGO.ORGANISATION_ID, id)
                .set(ORGANISATION_LOGO.CONTENT_TYPE, logo.contentType())
                .set(ORGANISATION_LOGO.BYTES, logo.bytes())
                .onConflict(ORGANISATION_LOGO.ORGANISATION_ID)
                .doUpdate()
                .set(ORGANISATION_LOGO.CONTENT_TYPE, logo.contentType())
                .set(ORGANISATION_LOGO.BYTES, logo.bytes())
                .set(ORGANISATION_LOGO.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    public Optional<Logo> logo(OrganisationId id) {
        return db.select(ORGANISATION_LOGO.CONTENT_TYPE, ORGANISATION_LOGO.BYTES)
                .from(ORGANISATION_LOGO)
                .where(ORGANISATION_LOGO.ORGANISATION_ID.eq(id))
                .fetchOptional(Records.mapping(Logo::new));
    }
}
