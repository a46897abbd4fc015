package org.coopole.security;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.db.Routines;
import org.coopole.demo.DemoData;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.PLATFORM_ADMIN;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_ROLE;

/** The second wall: PostgreSQL itself keeps each pole's rows to that pole, whatever the Java code does. */
@CoopoleTest
class RowLevelSecurityTest {

    private static final List<Table<?>> POLE_DATA = List.of(POLE, MEMBERSHIP, ORGANISATION, PERSON, POLE_ROLE,
            PLATFORM_ADMIN);

    @Autowired
    DSLContext db;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theApplicationConnectsAsARoleThatOwnsNothingAndCannotBypassRowSecurity() {
        assertThat(Routines.applicationRoleProblems(db.configuration())).isEmpty();
        assertThat(Routines.actingAsOwner(db.configuration())).isFalse();
        // the check that stops Coopole from starting would catch a connection as the owner
        assertThat(Routines.applicationRoleProblems(owner.db().configuration())).contains("owns tables");
    }

    @Test
    void aQueryRunWithNoPoleSetReturnsNoRowOfAnyTable() {
        for (Table<?> table : POLE_DATA) {
            assertThat(db.fetchCount(table)).as("%s outside any transaction", table.getName()).isZero();
            assertThat(inTransaction(() -> db.fetchCount(table))).as("%s with nobody signed in", table.getName())
                    .isZero();
        }
    }

    @Test
    void aMemberSeesTheOrganisationsAndPeopleOfTheirPoleOnly() {
        signIn.as(DemoPeople.MEMBER);
        List<String> organisations = inTransaction(() -> db.fetch(ORGANISATION).getValues(ORGANISATION.NAME));
        assertThat(organisations).hasSize(12).contains("La Ressourcerie du Val", "Menuiserie Durand")
                .doesNotContain("Épicerie Paysanne d'Annonay", "Mobilités Rurales 07");
        assertThat(inTransaction(() -> db.fetch(POLE).getValues(POLE.NAME))).containsExactly(DemoData.VALLEE);
        assertThat(inTransaction(() -> db.select(PERSON.EMAIL).from(PERSON).fetch(PERSON.EMAIL)))
                .contains(DemoPeople.ANIMATOR, DemoPeople.MEMBER)
                .doesNotContain(DemoPeople.OTHER_POLE, DemoPeople.PLATFORM_ADMIN);
        assertThat(inTransaction(() -> db.fetchCount(PLATFORM_ADMIN))).isZero();
    }

    @Test
    void aPersonInTwoPolesSeesOnlyThePoleTheyWorkInNow() {
        signIn.as(DemoPeople.TWO_POLES);
        Account me = inTransaction(accounts::me);
        Account.PoleMembership vallee = me.poles().stream().filter(p -> p.poleName().equals(DemoData.VALLEE))
                .findFirst().orElseThrow();
        Account.PoleMembership ardeche = me.poles().stream().filter(p -> p.poleName().equals(DemoData.ARDECHE))
                .findFirst().orElseThrow();
        try {
            accounts.switchPole(vallee.poleId());
            assertThat(inTransaction(() -> db.fetch(ORGANISATION).getValues(ORGANISATION.NAME)))
                    .contains("La Ressourcerie du Val").doesNotContain("Épicerie Paysanne d'Annonay");

            accounts.switchPole(ardeche.poleId());
            assertThat(inTransaction(() -> db.fetch(ORGANISATION).getValues(ORGANISATION.NAME)))
                    .containsExactlyInAnyOrder("Épicerie Paysanne d'Annonay", "Mobilités Rurales 07",
                            "Imprimerie Coopérative Drômoise");
            // both poles' names stay visible, for the pole switch
            assertThat(inTransaction(() -> db.fetch(POLE).getValues(POLE.NAME)))
                    .containsExactlyInAnyOrder(DemoData.VALLEE, DemoData.ARDECHE);
        } finally {
            accounts.switchPole(me.currentPole().orElseThrow().poleId());
        }
    }

    @Test
    void theContextEndsWithItsTransactionAndNeverReachesTheConnectionsNextBorrower() throws Exception {
        signIn.as(DemoPeople.MEMBER);
        try (Connection connection = dataSource.getConnection()) {
            DSLContext same = DSL.using(connection, SQLDialect.POSTGRES);
            connection.setAutoCommit(false);
            Routines.enterContext(same.configuration(), accounts.me().id().value(), null);
            assertThat(same.fetchCount(ORGANISATION)).isEqualTo(12);
            connection.commit();
            connection.setAutoCommit(true);
            assertThat(same.fetchCount(ORGANISATION)).isZero();
            assertThat(same.fetchCount(PERSON)).isZero();
        }
    }

    @Test
    void aDeactivatedPersonSeesNothingAnyMore() {
        signIn.as(DemoPeople.MEMBER);
        assertThat(inTransaction(() -> db.fetchCount(ORGANISATION))).isEqualTo(12);
        owner.db().update(PERSON).set(PERSON.ACTIVE, false).where(PERSON.EMAIL.eq(DemoPeople.MEMBER)).execute();
        try {
            for (Table<?> table : POLE_DATA) {
                assertThat(inTransaction(() -> db.fetchCount(table))).as(table.getName()).isZero();
            }
        } finally {
            owner.db().update(PERSON).set(PERSON.ACTIVE, true).where(PERSON.EMAIL.eq(DemoPeople.MEMBER)).execute();
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
