package org.coopole.organisation.internal;

import org.coopole.common.PersonId;
import org.coopole.organisation.Organisation;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;

@Repository
public class OrganisationRepository {

    private final DSLContext db;

    OrganisationRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<Organisation> findOfPerson(PersonId personId) {
        return db.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.LEGAL_FORM, ORGANISATION.ESS,
                        ORGANISATION.ADDRESS, ORGANISATION.DESCRIPTION)
                .from(PERSON)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(PERSON.ORGANISATION_ID))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(Records.mapping(Organisation::new));
    }
}
