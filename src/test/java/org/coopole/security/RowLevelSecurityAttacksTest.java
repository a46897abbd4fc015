package org.coopole.security;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.demo.DemoData;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.AUDIT_EVENT;
import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.MEMBERSHIP;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PASSWORD_RESET;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE;
import static org.coopole.db.Tables.POLE_ROLE;
import static org.coopole.db.Tables.RESOURCE;

/**
 * The database's own wall, tried as someone who found a way to run SQL as the application's role inside a person's
 * context would: every attempt is refused or widens nothing. (Calling enter_context for another person is possible
 * for such SQL, and is out of this wall's reach: decision 0007.)
 */
@CoopoleTest
class RowLevelSecurityAttacksTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Owner owner;

    /** Runs {@code attempt} in one transaction, as the application's role in that person's context, then rolls back. */
    private void as(String email, Consumer<DSLContext> attempt) {
        inTransaction(personId(email), false, attempt);
    }

    /**
     * One transaction as the application's role, in that person's context (none for null; the address 192.0.2.7),
     * committed or rolled back.
     */
    private void inTransaction(UUID person, boolean commit, Consumer<DSLContext> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
                if (person != null) {
                    db.execute("SELECT enter_context(?::uuid, ?)", person, "192.0.2.7");
                }
                work.accept(db);
                if (commit) {
                    connection.commit();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One statement that must fail; in its own savepoint, so the transaction goes on. */
    private static void refused(DSLContext db, String sql, Object... bindings) {
        db.execute("SAVEPOINT attempt");
        assertThatThrownBy(() -> db.execute(sql, bindings)).as(sql).isInstanceOf(DataAccessException.class);
        db.execute("ROLLBACK TO SAVEPOINT attempt");
    }

    private UUID poleId(String name) {
        return owner.db().select(POLE.ID).from(POLE).where(POLE.NAME.eq(name)).fetchOne(POLE.ID).value();
    }

    private UUID personId(String email) {
        return owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(email)).fetchOne(PERSON.ID).value();
    }

    private UUID organisationOf(String email) {
        return owner.db().select(PERSON.ORGANISATION_ID).from(PERSON).where(PERSON.EMAIL.eq(email))
                .fetchOne(PERSON.ORGANISATION_ID).value();
    }

    @Test
    void forgingThePoleSettingShowsNothingOfThatPole() {
        UUID ardeche = poleId(DemoData.ARDECHE);
        as(DemoPeople.MEMBER, db -> {
            assertThat(db.fetchCount(ORGANISATION)).isEqualTo(12);
            db.execute("SELECT set_config('coopole.pole_id', ?, true)", ardeche.toString());
            List<String> names = db.select(ORGANISATION.NAME).from(ORGANISATION).fetch(ORGANISATION.NAME);
            assertThat(names).doesNotContain("Épicerie Paysanne d'Annonay", "Mobilités Rurales 07")
                    .containsExactly("La Ressourcerie du Val"); // their own organisation only: no pole holds now
            assertThat(db.select(PERSON.EMAIL).from(PERSON).fetch(PERSON.EMAIL)).containsExactly(DemoPeople.MEMBER);
            assertThat(db.fetchCount(AUDIT_EVENT)).isZero();
            assertThat(db.fetchCount(MEMBERSHIP)).isZero();
            assertThat(db.select(POLE.NAME).from(POLE).fetch(POLE.NAME)).doesNotContain(DemoData.ARDECHE);
        });
    }

    @Test
    void noPasswordHashIsReadableByTheApplication() {
        as(DemoPeople.ANIMATOR, db -> {
            refused(db, "SELECT password_hash FROM person");
            refused(db, "SELECT * FROM person");
            refused(db, "SELECT * FROM coopole_secret");
            refused(db, "SELECT * FROM password_reset");
            refused(db, "SELECT * FROM credentials_for(?)", DemoPeople.MANAGER);
        });
    }

    @Test
    void nobodyGrantsThemselvesARoleOrTheirOrganisationAMembership() {
        UUID ardeche = poleId(DemoData.ARDECHE);
        UUID vallee = poleId(DemoData.VALLEE);
        UUID member = personId(DemoPeople.MEMBER);
        UUID animator = personId(DemoPeople.ANIMATOR);
        UUID annonay = organisationOf(DemoPeople.OTHER_POLE);
        as(DemoPeople.MEMBER, db -> {
            refused(db, "INSERT INTO pole_role (pole_id, person_id, role) VALUES (?, ?, 'ANIMATOR')", ardeche, member);
            refused(db, "INSERT INTO pole_role (pole_id, person_id, role) VALUES (?, ?, 'ANIMATOR')", vallee, member);
            refused(db, "INSERT INTO pole_role (pole_id, person_id, role) VALUES (?, ?, 'ORGANISATION_MANAGER')",
                    vallee, member);
            refused(db, "UPDATE person SET current_pole_id = ? WHERE id = ?", ardeche, member);
            refused(db, "INSERT INTO membership (pole_id, organisation_id, status) VALUES (?, ?, 'ACTIVE')",
                    vallee, annonay);
            refused(db, "INSERT INTO platform_admin (person_id) VALUES (?)", member);
        });
        as(DemoPeople.ANIMATOR, db -> {
            refused(db, "INSERT INTO pole_role (pole_id, person_id, role) VALUES (?, ?, 'ORGANISATION_MANAGER')",
                    vallee, animator);
            // an animator of one pole acts in no other
            refused(db, "INSERT INTO membership (pole_id, organisation_id, status) VALUES (?, ?, 'ACTIVE')",
                    ardeche, organisationOf(DemoPeople.MEMBER));
            refused(db, "INSERT INTO pole_role (pole_id, person_id, role) VALUES (?, ?, 'MEMBER')", ardeche, member);
        });
        assertThat(owner.db().fetchCount(POLE_ROLE, POLE_ROLE.PERSON_ID.eq(new org.coopole.common.PersonId(member)), POLE_ROLE.POLE_ID.eq(new org.coopole.common.PoleId(ardeche))))
                .isZero();
    }

    @Test
    void aMemberWritesNoOtherOrganisationsRowsNorTheirOwnOrganisationsSettings() {
        UUID member = personId(DemoPeople.MEMBER);
        UUID manager = personId(DemoPeople.MANAGER);
        UUID ownOrganisation = organisationOf(DemoPeople.MEMBER);
        UUID otherOrganisation = organisationOf(DemoPeople.ANIMATOR);
        as(DemoPeople.MEMBER, db -> {
            assertThat(db.execute("UPDATE resource SET name = 'À moi' WHERE organisation_id <> ?", ownOrganisation))
                    .as("another organisation's resources").isZero();
            assertThat(db.execute("UPDATE resource SET name = 'À moi' WHERE organisation_id = ?", ownOrganisation))
                    .as("their own organisation's, without being its manager").isZero();
            assertThat(db.execute("UPDATE organisation SET name = 'Pris' WHERE id = ?", otherOrganisation)).isZero();
            assertThat(db.execute("UPDATE person SET first_name = 'Pirate' WHERE id = ?", manager)).isZero();
            refused(db, "UPDATE person SET password_hash = NULL WHERE id = ?", manager);
            refused(db, "UPDATE person SET organisation_id = ? WHERE id = ?", otherOrganisation, member);
            refused(db, "UPDATE person SET active = false WHERE id = ?", member);
            assertThat(db.execute("UPDATE pole SET name = 'Pris'")).isZero();
            // bookings of their organisation's resources are decided by its managers, not by a member
            assertThat(db.execute("UPDATE booking SET status = 'DECLINED' WHERE resource_id IN "
                    + "(SELECT id FROM resource WHERE organisation_id = ?) AND organisation_id <> ?",
                    ownOrganisation, ownOrganisation)).isZero();
            refused(db, "DELETE FROM booking");
            refused(db, "DELETE FROM audit_event");
            refused(db, "UPDATE audit_event SET detail = 'effacé'");
        });
        as(DemoPeople.MANAGER, db -> {
            // a manager deactivates a colleague, but changes nothing else of theirs
            refused(db, "UPDATE person SET first_name = 'Pirate' WHERE id = ?", member);
            assertThat(db.execute("UPDATE person SET active = false WHERE id = ?", member)).isOne();
            // nor a booking's period, nor a decision in someone else's name
            refused(db, "UPDATE booking SET period = tstzrange(now(), now() + interval '1 hour') "
                    + "WHERE resource_id IN (SELECT id FROM resource WHERE organisation_id = ?)", ownOrganisation);
        });
        assertThat(owner.db().select(PERSON.ACTIVE).from(PERSON).where(PERSON.ID.eq(new org.coopole.common.PersonId(member)))
                .fetchOne(PERSON.ACTIVE)).isTrue();
    }

    @Test
    void nobodyChoosesAnotherPersonsEmailsNorSendsANotificationInAnotherPersonsName() {
        UUID member = personId(DemoPeople.MEMBER);
        UUID manager = personId(DemoPeople.MANAGER);
        UUID vallee = poleId(DemoData.VALLEE);
        as(DemoPeople.MEMBER, db -> {
            refused(db, "INSERT INTO notification_preference (person_id, kind, delivery) VALUES (?, 'BOOKING_REQUESTED', 'NEVER')",
                    manager);
            assertThat(db.execute("INSERT INTO notification_preference (person_id, kind, delivery) "
                    + "VALUES (?, 'BOOKING_DECLINED', 'DAILY_DIGEST')", member)).as("their own").isOne();
            // a notification to a person of the pole, but signed by someone else than the one acting
            refused(db, "INSERT INTO notification (pole_id, person_id, kind, subject_kind, subject_id, actor_id, params) "
                    + "VALUES (?, ?, 'BOOKING_MADE', 'PROJECT', gen_random_uuid(), ?, '{}')", vallee, member, manager);
            // nor a pole's digest time, which is its animators' to set
            refused(db, "INSERT INTO notification_digest (pole_id, send_at) VALUES (?, '03:00')", vallee);
        });
    }

    @Test
    void onlyAConversationsParticipantsReadItAndNobodyWritesInAnothersName() {
        UUID member = personId(DemoPeople.MEMBER);
        UUID manager = personId(DemoPeople.MANAGER);
        UUID karim = personId(DemoPeople.BROWSER_MEMBER);
        UUID vallee = poleId(DemoData.VALLEE);
        UUID conversation = UUID.randomUUID();
        owner.db().execute("INSERT INTO conversation (id, pole_id, kind, created_by_person_id) VALUES (?, ?, 'DIRECT', ?)",
                conversation, vallee, manager);
        owner.db().execute("INSERT INTO conversation_participant (conversation_id, person_id) VALUES (?, ?), (?, ?)",
                conversation, manager, conversation, karim);
        owner.db().execute("INSERT INTO message (conversation_id, author_person_id, body) VALUES (?, ?, 'Code du portail : 1234')",
                conversation, manager);
        as(DemoPeople.MEMBER, db -> {
            assertThat(db.fetch("SELECT * FROM message WHERE conversation_id = ?", conversation).size())
                    .as("a message of a conversation they are not in").isZero();
            assertThat(db.fetch("SELECT * FROM conversation WHERE id = ?", conversation).size()).isZero();
            assertThat(db.fetch("SELECT * FROM conversation_participant WHERE conversation_id = ?", conversation)
                    .size()).isZero();
            refused(db, "INSERT INTO message (conversation_id, author_person_id, body) VALUES (?, ?, 'Moi aussi')",
                    conversation, member);
            refused(db, "INSERT INTO conversation_participant (conversation_id, person_id) VALUES (?, ?)",
                    conversation, member);
        });
        as(DemoPeople.BROWSER_MEMBER, db -> {
            assertThat(db.fetch("SELECT * FROM message WHERE conversation_id = ?", conversation).size())
                    .as("a participant reads it").isOne();
            refused(db, "INSERT INTO message (conversation_id, author_person_id, body) VALUES (?, ?, 'Signé Nadia')",
                    conversation, manager);
            assertThat(db.execute("UPDATE message SET body = 'changé' WHERE conversation_id = ?", conversation))
                    .as("another's message").isZero();
            assertThat(db.execute("UPDATE conversation_participant SET read_up_to = now() WHERE conversation_id = ? "
                    + "AND person_id = ?", conversation, manager)).as("another's read position").isZero();
        });
    }

    @Test
    void attachmentsAndReportsAreThoseOfTheParticipantsAndAMessageIsChangedByItsAuthorWithinFifteenMinutesOnly() {
        UUID manager = personId(DemoPeople.MANAGER);
        UUID karim = personId(DemoPeople.BROWSER_MEMBER);
        UUID vallee = poleId(DemoData.VALLEE);
        UUID conversation = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        UUID file = UUID.randomUUID();
        owner.db().execute("INSERT INTO conversation (id, pole_id, kind, created_by_person_id) VALUES (?, ?, 'DIRECT', ?)",
                conversation, vallee, manager);
        owner.db().execute("INSERT INTO conversation_participant (conversation_id, person_id) VALUES (?, ?), (?, ?)",
                conversation, manager, conversation, karim);
        owner.db().execute("INSERT INTO message (id, conversation_id, author_person_id, body) VALUES (?, ?, ?, 'Récent')",
                recent, conversation, manager);
        owner.db().execute("INSERT INTO message (id, conversation_id, author_person_id, body, created_at) "
                + "VALUES (?, ?, ?, 'Ancien', now() - interval '16 minutes')", old, conversation, manager);
        owner.db().execute("INSERT INTO message_attachment (id, message_id, conversation_id, file_name, media_type, "
                + "size_bytes, content) VALUES (?, ?, ?, 'devis.pdf', 'application/pdf', 5, '%PDF-'::bytea)",
                file, recent, conversation);
        as(DemoPeople.MEMBER, db -> {
            assertThat(db.fetch("SELECT * FROM message_attachment WHERE id = ?", file).size())
                    .as("a file of a conversation they are not in").isZero();
            refused(db, "INSERT INTO message_report (pole_id, message_id, reported_by_person_id, author_person_id, "
                    + "reason, excerpt) VALUES (?, ?, current_person_id(), ?, 'vu', 'Récent')", vallee, recent, manager);
            assertThat(db.fetchValue("SELECT hide_reported(gen_random_uuid())")).isNull();
        });
        as(DemoPeople.BROWSER_MEMBER, db -> {
            assertThat(db.fetch("SELECT * FROM message_attachment WHERE id = ?", file).size()).isOne();
            refused(db, "INSERT INTO message_attachment (message_id, conversation_id, file_name, media_type, size_bytes, "
                    + "content) VALUES (?, ?, 'faux.pdf', 'application/pdf', 5, '%PDF-'::bytea)", recent, conversation);
            // a report names the message's real author
            refused(db, "INSERT INTO message_report (pole_id, message_id, reported_by_person_id, author_person_id, "
                    + "reason, excerpt) VALUES (?, ?, current_person_id(), current_person_id(), 'vu', 'Récent')",
                    vallee, recent);
            db.execute("INSERT INTO message_report (pole_id, message_id, reported_by_person_id, author_person_id, reason, "
                    + "excerpt) VALUES (?, ?, current_person_id(), ?, 'vu', 'Récent')", vallee, recent, manager);
            // the reporter cannot settle their own report
            assertThat(db.execute("UPDATE message_report SET resolution = 'KEPT', resolved_at = now()")).isZero();
        });
        as(DemoPeople.MANAGER, db -> {
            assertThat(db.execute("UPDATE message SET body = 'Corrigé', edited_at = now() WHERE id = ?", recent))
                    .as("within 15 minutes").isOne();
            assertThat(db.execute("UPDATE message SET body = 'Trop tard', edited_at = now() WHERE id = ?", old))
                    .as("past 15 minutes").isZero();
            refused(db, "UPDATE message SET hidden_at = now() WHERE id = ?", recent);
            refused(db, "UPDATE message SET author_person_id = ? WHERE id = ?", karim, recent);
        });
        as(DemoPeople.ANIMATOR, db -> {
            assertThat(db.fetch("SELECT * FROM message WHERE id = ?", recent).size())
                    .as("an animator not in the conversation").isZero();
            assertThat(db.fetch("SELECT * FROM message_attachment WHERE id = ?", file).size()).isZero();
        });
    }

    @Test
    void aProjectIsReadInItsPoleOnlyAndChangedByItsEditorsOnly() {
        UUID vallee = poleId(DemoData.VALLEE);
        UUID fabrique = (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'Tiers-Lieu La Fabrique'");
        UUID ressourcerie = (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'La Ressourcerie du Val'");
        UUID project = UUID.randomUUID();
        owner.db().execute("INSERT INTO project (id, pole_id, title, lead_organisation_id, created_by_person_id) "
                + "VALUES (?, ?, 'Projet interne', ?, ?)", project, vallee, fabrique, personId(DemoPeople.ANIMATOR));
        UUID partner = UUID.randomUUID();
        owner.db().execute("INSERT INTO project_partner (id, project_id, organisation_id, role) VALUES (?, ?, ?, 'opérateur')",
                partner, project, ressourcerie);
        as(DemoPeople.OTHER_POLE, db -> {
            assertThat(db.fetch("SELECT * FROM project WHERE id = ?", project).size()).as("another pole's project").isZero();
            assertThat(db.fetch("SELECT * FROM project_partner WHERE project_id = ?", project).size()).isZero();
            refused(db, "INSERT INTO project (pole_id, title, lead_organisation_id, created_by_person_id) "
                    + "VALUES (?, 'Intrus', ?, current_person_id())", vallee, fabrique);
        });
        as(DemoPeople.BROWSER_MEMBER, db -> {
            assertThat(db.fetch("SELECT * FROM project WHERE id = ?", project).size()).as("a member of the pole").isOne();
            assertThat(db.execute("UPDATE project SET title = 'Changé' WHERE id = ?", project)).as("not its editor").isZero();
            refused(db, "INSERT INTO project_partner (project_id, organisation_id, role) VALUES (?, ?, 'moi')", project,
                    (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'Coop''Bâtir'"));
            refused(db, "INSERT INTO project_status_change (project_id, status, changed_by_person_id) "
                    + "VALUES (?, 'ACTIVE', current_person_id())", project);
            // a member, not a manager, logs no project, even for their own organisation
            refused(db, "INSERT INTO project (pole_id, title, lead_organisation_id, created_by_person_id) "
                    + "VALUES (?, 'Le mien', current_organisation_id(), current_person_id())", vallee);
        });
        as(DemoPeople.MANAGER, db -> {
            assertThat(db.execute("UPDATE project_partner SET role = 'opérateur principal' WHERE id = ?", partner))
                    .as("a partner's manager, their own role").isOne();
            assertThat(db.execute("UPDATE project SET title = 'Changé' WHERE id = ?", project)).isZero();
            assertThat(db.execute("DELETE FROM project_partner WHERE id = ?", partner)).isZero();
            // nor moves a project they lead into being led by another organisation
            refused(db, "INSERT INTO project (pole_id, title, lead_organisation_id, created_by_person_id) "
                    + "VALUES (?, 'Pour La Fabrique', ?, current_person_id())", vallee, fabrique);
        });
        owner.db().execute("INSERT INTO project_budget_line (project_id, direction, stage, label, amount_cents, funder_kind) "
                + "VALUES (?, 'INCOME', 'ACTUAL', 'Subvention', 500000, 'REGION')", project);
        as(DemoPeople.BROWSER_MEMBER, db -> {
            assertThat(db.fetch("SELECT * FROM project_budget_line WHERE project_id = ?", project).size())
                    .as("the budget of a project their organisation is not in").isZero();
            refused(db, "INSERT INTO project_budget_line (project_id, direction, stage, label, amount_cents) "
                    + "VALUES (?, 'EXPENSE', 'ACTUAL', 'Faux frais', 100)", project);
        });
        as(DemoPeople.MEMBER, db -> assertThat(db.fetch("SELECT * FROM project_budget_line WHERE project_id = ?",
                project).size()).as("a partner's member").isOne());
        as(DemoPeople.ANIMATOR, db -> assertThat(db.execute("UPDATE project SET status = 'ACTIVE' WHERE id = ?", project))
                .as("the pole's animator").isOne());
    }

    @Test
    void aProjectsJournalOutcomesHoursAndBookingsAreWrittenOnlyByItsPeople() {
        UUID vallee = poleId(DemoData.VALLEE);
        UUID fabrique = (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'Tiers-Lieu La Fabrique'");
        UUID ressourcerie = (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'La Ressourcerie du Val'");
        UUID coopBatir = (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'Coop''Bâtir'");
        UUID kind = (UUID) owner.db().fetchValue("SELECT id FROM outcome_kind WHERE code = 'JOBS_CREATED'");
        UUID project = UUID.randomUUID();
        owner.db().execute("INSERT INTO project (id, pole_id, title, lead_organisation_id, created_by_person_id) "
                + "VALUES (?, ?, 'Projet du journal', ?, ?)", project, vallee, fabrique, personId(DemoPeople.ANIMATOR));
        owner.db().execute("INSERT INTO project_partner (project_id, organisation_id, role) VALUES (?, ?, 'opérateur')",
                project, ressourcerie);
        UUID entry = UUID.randomUUID();
        owner.db().execute("INSERT INTO project_journal_entry (id, project_id, author_person_id, organisation_id, "
                + "written_on, body, created_at) VALUES (?, ?, ?, ?, current_date, 'Écrit hier', now() - interval '2 days')",
                entry, project, personId(DemoPeople.MEMBER), ressourcerie);
        UUID conversation = UUID.randomUUID();
        owner.db().execute("INSERT INTO conversation (id, pole_id, kind, title, created_by_person_id, project_id) "
                + "VALUES (?, ?, 'PROJECT', 'Projet du journal', ?, ?)", conversation, vallee,
                personId(DemoPeople.ANIMATOR), project);
        as(DemoPeople.BROWSER_MEMBER, db -> { // Karim, of Coop'Bâtir: not in the project
            assertThat(db.fetch("SELECT * FROM project_journal_entry WHERE project_id = ?", project).size()).isZero();
            refused(db, "INSERT INTO project_journal_entry (project_id, author_person_id, organisation_id, written_on, "
                    + "body) VALUES (?, current_person_id(), current_organisation_id(), current_date, 'Intrus')", project);
            refused(db, "INSERT INTO project_outcome (project_id, kind_id, organisation_id, stage, amount, on_date, "
                    + "reported_by_person_id) VALUES (?, ?, ?, 'ACHIEVED', 5, current_date, current_person_id())",
                    project, kind, coopBatir);
            refused(db, "INSERT INTO project_hours (project_id, organisation_id, worked_on, minutes, entered_by_person_id) "
                    + "VALUES (?, ?, current_date, 60, current_person_id())", project, coopBatir);
            // nor links their organisation's booking to a project it is not in
            UUID van = (UUID) owner.db().fetchValue("SELECT id FROM resource WHERE name = 'Camion 20 m³'");
            String book = "INSERT INTO booking (resource_id, pole_id, organisation_id, person_id, period, purpose, status, "
                    + "project_id) VALUES (?, ?, current_organisation_id(), current_person_id(), tstzrange(date_trunc('day', "
                    + "now()) + interval '400 days', date_trunc('day', now()) + interval '400 days 1 hour'), 'x', "
                    + "'REQUESTED', ?)";
            refused(db, book, van, vallee, project);
            db.execute("SAVEPOINT allowed");
            assertThat(db.execute(book, van, vallee, null)).as("the same booking for no project").isOne();
            db.execute("ROLLBACK TO SAVEPOINT allowed");
            // nor joins the project's conversation
            refused(db, "INSERT INTO conversation_participant (conversation_id, person_id) VALUES (?, current_person_id())",
                    conversation);
        });
        as(DemoPeople.MEMBER, db -> { // Louis, of the Ressourcerie, wrote the entry two days ago
            assertThat(db.fetch("SELECT * FROM project_journal_entry WHERE id = ?", entry).size()).isOne();
            refused(db, "UPDATE project_journal_entry SET body = 'Réécrit' WHERE id = ?", entry);
            refused(db, "UPDATE project_journal_entry SET pinned = true WHERE id = ?", entry);
            refused(db, "INSERT INTO project_journal_entry (project_id, author_person_id, organisation_id, written_on, "
                    + "body) VALUES (?, ?, current_organisation_id(), current_date, 'Au nom de Nadia')", project,
                    personId(DemoPeople.MANAGER));
            // a member, not a manager, reports no outcome
            refused(db, "INSERT INTO project_outcome (project_id, kind_id, organisation_id, stage, amount, on_date, "
                    + "reported_by_person_id) VALUES (?, ?, ?, 'ACHIEVED', 5, current_date, current_person_id())",
                    project, kind, ressourcerie);
        });
        as(DemoPeople.MANAGER, db -> { // Nadia: her own organisation's outcome, not La Fabrique's
            assertThat(db.execute("INSERT INTO project_outcome (project_id, kind_id, organisation_id, stage, amount, "
                    + "on_date, reported_by_person_id) VALUES (?, ?, ?, 'ACHIEVED', 5, current_date, current_person_id())",
                    project, kind, ressourcerie)).isOne();
            refused(db, "INSERT INTO project_outcome (project_id, kind_id, organisation_id, stage, amount, on_date, "
                    + "reported_by_person_id) VALUES (?, ?, ?, 'ACHIEVED', 5, current_date, current_person_id())",
                    project, kind, fabrique);
            refused(db, "INSERT INTO project_milestone (project_id, title, due_on) VALUES (?, 'Jalon', current_date)",
                    project);
            refused(db, "INSERT INTO outcome_kind (pole_id, name, unit) VALUES (current_pole_id(), 'Le mien', 'COUNT')");
        });
        as(DemoPeople.ANIMATOR, db -> assertThat(db.execute("UPDATE project_journal_entry SET pinned = true WHERE id = ?",
                entry)).as("the pole's animator pins").isOne());
        as(DemoPeople.OTHER_POLE, db -> {
            assertThat(db.fetch("SELECT * FROM project_outcome WHERE project_id = ?", project).size()).isZero();
            assertThat(db.fetch("SELECT * FROM outcome_kind WHERE pole_id = ?", vallee).size()).isZero();
        });
    }

    @Test
    void aCostPoolIsReadByItsSharersAndKeptByItsKeepersOnly() {
        UUID vallee = poleId(DemoData.VALLEE);
        UUID fabrique = (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'Tiers-Lieu La Fabrique'");
        UUID ressourcerie = (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'La Ressourcerie du Val'");
        UUID pool = UUID.randomUUID();
        owner.db().execute("INSERT INTO cost_pool (id, pole_id, name, period, amount_cents, weight_area) "
                + "VALUES (?, ?, 'Loyer attaqué', 'YEAR', 100000, 100)", pool, vallee);
        owner.db().execute("INSERT INTO cost_pool_share (pool_id, organisation_id, area_m2) VALUES (?, ?, 10), (?, ?, 20)",
                pool, fabrique, pool, ressourcerie);
        as(DemoPeople.MANAGER, db -> { // Nadia shares it: she reads its key, but keeps none of it
            assertThat(db.fetch("SELECT * FROM cost_pool_share WHERE pool_id = ?", pool).size()).isEqualTo(2);
            assertThat(db.execute("UPDATE cost_pool SET amount_cents = 1 WHERE id = ?", pool)).isZero();
            assertThat(db.execute("DELETE FROM cost_pool_share WHERE pool_id = ?", pool)).isZero();
            refused(db, "INSERT INTO cost_pool_share (pool_id, organisation_id, area_m2) VALUES (?, ?, 1)", pool,
                    (UUID) owner.db().fetchValue("SELECT id FROM organisation WHERE name = 'Coop''Bâtir'"));
            refused(db, "INSERT INTO cost_pool (pole_id, name, period, amount_cents, weight_equal) "
                    + "VALUES (current_pole_id(), 'Du pôle', 'YEAR', 1, 1)");
            refused(db, "INSERT INTO cost_pool (pole_id, organisation_id, name, period, amount_cents, weight_equal) "
                    + "VALUES (current_pole_id(), ?, 'Pour La Fabrique', 'YEAR', 1, 1)", fabrique);
        });
        as(DemoPeople.BROWSER_MEMBER, db -> { // Karim's Coop'Bâtir does not share it
            assertThat(db.fetch("SELECT * FROM cost_pool WHERE id = ?", pool).size()).isZero();
            assertThat(db.fetch("SELECT * FROM cost_pool_share WHERE pool_id = ?", pool).size()).isZero();
        });
        as(DemoPeople.OTHER_POLE, db -> assertThat(db.fetch("SELECT * FROM cost_pool WHERE pole_id = ?", vallee).size())
                .isZero());
        as(DemoPeople.ANIMATOR, db -> assertThat(db.execute("UPDATE cost_pool SET amount_cents = 120000 WHERE id = ?",
                pool)).as("the pole's animators keep the pole's pools").isOne());
    }

    @Test
    void theAuditTrailTakesTheActorPoleAndAddressFromTheContext() {
        UUID ardeche = poleId(DemoData.ARDECHE);
        UUID vallee = poleId(DemoData.VALLEE);
        UUID manager = personId(DemoPeople.MANAGER);
        as(DemoPeople.MEMBER, db -> {
            db.execute("SELECT record_audit_event(?, 'POLE_UPDATED', 'forgé', NULL, '6.6.6.6')", ardeche);
            // the trail is read by animators only: a member does not even see the row they just wrote
            Record row = db.fetchOne("SELECT pole_id, person_id, address FROM audit_event ORDER BY id DESC LIMIT 1");
            assertThat(row).isNull();
        });
        // the row was rolled back with the transaction; write one for real and read it as the owner
        UUID member = personId(DemoPeople.MEMBER);
        inTransaction(member, true,
                db -> db.execute("SELECT record_audit_event(?, 'POLE_UPDATED', 'forgé', NULL, '6.6.6.6')", ardeche));
        var written = owner.db().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.TARGET.eq("forgé"))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOne();
        assertThat(written.getPoleId().value()).as("not the pole asked for").isEqualTo(vallee);
        assertThat(written.getPersonId().value()).isEqualTo(member).isNotEqualTo(manager);
        assertThat(written.getAddress()).isEqualTo("192.0.2.7");
        owner.db().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(written.getId())).execute();

        // without anybody in the context, only what happens before signing in is written
        inTransaction(null, false, db -> assertThatThrownBy(
                () -> db.execute("SELECT record_audit_event(?, 'POLE_UPDATED', 'x', NULL, NULL)", vallee))
                .isInstanceOf(DataAccessException.class));
    }

    @Test
    void aResetRequestCannotChooseItsValidityAndIsLimitedPerAccount() {
        UUID manager = personId(DemoPeople.MANAGER);
        inTransaction(null, true, db -> {
            refused(db, "SELECT request_password_reset(?, ?, ?)", DemoPeople.MANAGER, "a".repeat(64), 5_256_000);
            List<String> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(String.valueOf(db.fetchValue("SELECT request_password_reset(?, ?)",
                        DemoPeople.MANAGER, Integer.toHexString(i).repeat(64).substring(0, 64))));
            }
            assertThat(answers.subList(0, 3)).containsOnly("Nadia");
            assertThat(answers.subList(3, 5)).containsOnly("null");
        });
        var resets = owner.db().selectFrom(PASSWORD_RESET)
                .where(PASSWORD_RESET.PERSON_ID.eq(new org.coopole.common.PersonId(manager))).fetch();
        try {
            assertThat(resets).hasSize(3);
            assertThat(resets.stream().filter(r -> r.getUsedAt() == null)).as("one live link").hasSize(1);
            assertThat(resets).allSatisfy(r -> assertThat(java.time.Duration.between(r.getCreatedAt(), r.getExpiresAt()))
                    .isEqualTo(java.time.Duration.ofHours(1)));
        } finally {
            owner.db().deleteFrom(PASSWORD_RESET).where(PASSWORD_RESET.PERSON_ID.eq(new org.coopole.common.PersonId(manager))).execute();
        }
    }

    @Test
    void signingInNeverHandsOutAHashAndAnUnknownEmailLooksLikeAKnownOne() {
        inTransaction(null, false, db -> {
            String known = db.fetchValue("SELECT sign_in_setting(?)", DemoPeople.MANAGER).toString();
            String unknown = db.fetchValue("SELECT sign_in_setting(?)", "personne@nulle-part.example").toString();
            assertThat(known).matches("^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}$");
            assertThat(unknown).matches("^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}$");
            assertThat(db.fetchValue("SELECT sign_in_setting(?)", "personne@nulle-part.example").toString())
                    .as("the same answer each time").isEqualTo(unknown);
            assertThat(db.fetch("SELECT * FROM sign_in(?, ?)", DemoPeople.MANAGER, known + "$" + "A".repeat(43)))
                    .isEmpty();
            assertThat(db.fetch("SELECT * FROM sign_in(?, ?)", DemoPeople.MANAGER,
                    PasswordCandidate.of(known, DemoData.PASSWORD).orElseThrow())).hasSize(1);
        });
    }
}
