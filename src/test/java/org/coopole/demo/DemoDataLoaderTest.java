package org.coopole.demo;

import org.coopole.CoopoleTest;
import org.coopole.Owner;
import org.coopole.organisation.LegalForm;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE;

@CoopoleTest
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    Owner owner;

    private DSLContext db;

    @BeforeEach
    void asOwner() {
        db = owner.db();
    }

    @Test
    void theDemoPoleHasADozenMembersOfTheMixTheDecreeAsksFor() {
        List<LegalForm> forms = db.select(ORGANISATION.LEGAL_FORM)
                .from(MEMBERSHIP).join(POLE).on(POLE.ID.eq(MEMBERSHIP.POLE_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(MEMBERSHIP.ORGANISATION_ID))
                .where(POLE.NAME.eq(DemoData.VALLEE))
                .fetch(ORGANISATION.LEGAL_FORM);
        assertThat(forms).hasSize(12)
                .contains(LegalForm.ASSOCIATION, LegalForm.SCOP, LegalForm.SCIC, LegalForm.COMPANY,
                        LegalForm.LOCAL_AUTHORITY, LegalForm.TRAINING_BODY, LegalForm.RESEARCH_CENTRE);
        assertThat(db.fetchCount(ORGANISATION, ORGANISATION.ESS.isTrue())).isPositive();
        assertThat(db.fetchCount(ORGANISATION, ORGANISATION.ESS.isFalse()
                .and(ORGANISATION.LEGAL_FORM.eq(LegalForm.COMPANY)))).isPositive();
    }

    @Test
    void everyDemoPasswordIsStoredAsAnArgon2idHash() {
        List<String> emails = new java.util.ArrayList<>(DemoData.PEOPLE.stream().map(DemoData.PersonSeed::email).toList());
        emails.add(DemoData.PLATFORM_ADMIN.email());
        assertThat(db.select(PERSON.PASSWORD_HASH).from(PERSON).where(PERSON.EMAIL.in(emails)).fetch(PERSON.PASSWORD_HASH))
                .hasSize(DemoData.PEOPLE.size() + 1)
                .allSatisfy(hash -> assertThat(hash).startsWith("$argon2id$").doesNotContain(DemoData.PASSWORD));
    }

    @Test
    void itNeverRunsAgainstADatabaseThatAlreadyHoldsData() {
        int people = db.fetchCount(PERSON);
        int organisations = db.fetchCount(ORGANISATION);
        assertThat(loader.load(owner.dataSource())).isFalse();
        assertThat(db.fetchCount(PERSON)).isEqualTo(people);
        assertThat(db.fetchCount(ORGANISATION)).isEqualTo(organisations);
    }
}
