package org.coopole.privacy;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.audit.AuditAction;
import org.coopole.booking.BookingService;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.database.OwnerConnections;
import org.coopole.messaging.Draft;
import org.coopole.messaging.MessagingService;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.coopole.security.PoleRole;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.AUDIT_EVENT;
import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.CONVERSATION;
import static org.coopole.db.Tables.MESSAGE;
import static org.coopole.db.Tables.NOTIFICATION;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;
import static org.coopole.db.Tables.POLE_ROLE;

/**
 * People's own data: the export holds all of it, in the person's language; erasure leaves no trace of their name,
 * email or phone in any column of any table; retention removes what the pole keeps no longer. The people erased here
 * are made for the test, and the context is not reused after it.
 */
@CoopoleTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PersonalDataTest {

    @Autowired
    PersonalDataService data;
    @Autowired
    RetentionJob retention;
    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    MessagingService messaging;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;
    @Autowired
    ApplicationContext context;

    PoleId vallee;
    Instant monday;

    @BeforeEach
    void setUp() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        monday = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(8));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A new member of Coop'Bâtir in the pole, with a phone. */
    private PersonId newMember(String first, String last, String email, String phone) {
        OrganisationId coopBatir = owner.db().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.eq("Coop'Bâtir")).fetchOne(ORGANISATION.ID);
        PersonId id = owner.db().insertInto(PERSON).set(PERSON.ORGANISATION_ID, coopBatir).set(PERSON.EMAIL, email)
                .set(PERSON.FIRST_NAME, first).set(PERSON.LAST_NAME, last).set(PERSON.PHONE, phone)
                .set(PERSON.CURRENT_POLE_ID, vallee).returning(PERSON.ID).fetchOne(PERSON.ID);
        owner.db().insertInto(POLE_ROLE).set(POLE_ROLE.PERSON_ID, id).set(POLE_ROLE.POLE_ID, vallee)
                .set(POLE_ROLE.ROLE, PoleRole.MEMBER).execute();
        return id;
    }

    private ResourceId share(String name) {
        signIn.as(DemoPeople.MANAGER);
        return resources.share(vallee, new ResourceData(ResourceKind.EQUIPMENT, name, "", false));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void aPersonDownloadsAllTheirDataAsJsonAndCsvInTheirLanguage() throws IOException {
        newMember("Aurore", "Vasseur", "aurore.vasseur@coopbatir.example", "06 11 22 33 44");
        ResourceId saw = share("Scie à onglet");
        signIn.as("aurore.vasseur@coopbatir.example");
        bookings.book(vallee, saw, monday, monday.plus(Duration.ofHours(2)), "Découpe des lames");
        PersonId karim = owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(DemoPeople.BROWSER_MEMBER))
                .fetchOne(PERSON.ID);
        var conversation = messaging.direct(vallee, karim);
        messaging.send(vallee, conversation, Draft.of("Bonjour, la scie est réservée pour lundi."));

        Map<String, String> french = unzip(data.export(Locale.FRENCH));
        assertThat(french.keySet()).contains("profil.json", "profil.csv", "roles.json", "reservations.json",
                "reservations.csv", "messages.json", "messages.csv", "journal-de-projet.csv", "journal-d-audit.json",
                "notifications.json", "listes-d-attente.csv", "LISEZMOI.txt");
        assertThat(french.get("profil.json")).contains("\"Courriel\"", "aurore.vasseur@coopbatir.example",
                "06 11 22 33 44");
        assertThat(french.get("profil.csv")).contains("Prénom;Nom;Courriel");
        assertThat(french.get("reservations.csv")).contains("Scie à onglet", "Découpe des lames", "Confirmée");
        assertThat(french.get("messages.json")).contains("la scie est réservée pour lundi");
        assertThat(french.get("roles.csv")).contains("Vallée");
        assertThat(french.get("LISEZMOI.txt")).contains("reservations : les réservations que vous avez faites (1)");

        Map<String, String> english = unzip(data.export(Locale.ENGLISH));
        assertThat(english.keySet()).contains("profile.json", "bookings.csv", "README.txt");
        assertThat(english.get("profile.csv")).contains("First name;Last name;Email");
        assertThat(english.get("bookings.csv")).contains("Confirmed");
    }

    @Test
    void erasureIsConfirmedByAnAnimatorAndLeavesNoTraceOfTheNameEmailOrPhoneInAnyColumn() throws IOException {
        String email = "solene.riviere@coopbatir.example";
        String phone = "06 98 76 54 32";
        PersonId solene = newMember("Solène", "Rivière", email, phone);
        ResourceId drill = share("Perceuse de la ressourcerie");
        signIn.as(email);
        bookings.book(vallee, drill, monday, monday.plus(Duration.ofHours(3)), "Chantier de Solène Rivière");
        PersonId karim = owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(DemoPeople.BROWSER_MEMBER))
                .fetchOne(PERSON.ID);
        var conversation = messaging.direct(vallee, karim);
        messaging.send(vallee, conversation, Draft.of("Mon numéro : " + phone + ", mon courriel : " + email));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        messaging.send(vallee, conversation, Draft.of("Merci Solène Rivière, à lundi."));
        // a failed sign-in typed with her address, as the trail keeps it
        owner.db().insertInto(AUDIT_EVENT).set(AUDIT_EVENT.POLE_ID, vallee)
                .set(AUDIT_EVENT.ACTION, AuditAction.SIGN_IN_FAILED).set(AUDIT_EVENT.TARGET, email)
                .set(AUDIT_EVENT.ADDRESS, "203.0.113.9").execute();
        int bookingsBefore = owner.db().fetchCount(BOOKING, BOOKING.PERSON_ID.eq(solene));

        signIn.as(email);
        var request = data.requestErasure(vallee);
        assertThatThrownBy(() -> data.requestErasure(vallee)).isInstanceOf(InvalidField.class);
        signIn.as(DemoPeople.MEMBER); // a member of another organisation may not confirm
        assertThatThrownBy(() -> data.confirmErasure(vallee, request)).isInstanceOf(AccessDeniedException.class);
        assertThat(data.erasureRequests(vallee)).isEmpty();
        signIn.as(DemoPeople.ANIMATOR);
        assertThat(data.erasureRequests(vallee)).extracting(ErasureRequest::personName).contains("Solène Rivière");
        // the scan finds her before: her profile, the booking's purpose, the messages, the trail, the bell
        assertThat(traces(List.of("Solène Rivière", email, phone))).contains("person.email holds " + email,
                "person.phone holds " + phone, "booking.purpose holds Solène Rivière", "message.body holds " + phone,
                "message.body holds Solène Rivière", "audit_event.target holds " + email,
                "notification.params holds Solène Rivière");
        data.confirmErasure(vallee, request);

        assertThat(traces(List.of("Solène Rivière", email, phone))).isEmpty();
        var person = owner.db().selectFrom(PERSON).where(PERSON.ID.eq(solene)).fetchOne();
        assertThat(person.getFirstName() + " " + person.getLastName()).isEqualTo("Ancien membre");
        assertThat(person.getActive()).isFalse();
        assertThat(owner.db().fetchCount(BOOKING, BOOKING.PERSON_ID.eq(solene))).isEqualTo(bookingsBefore);
        assertThat(owner.db().select(BOOKING.PURPOSE).from(BOOKING).where(BOOKING.PERSON_ID.eq(solene))
                .fetch(BOOKING.PURPOSE)).contains("Chantier de Ancien membre");
        assertThat(owner.db().select(MESSAGE.BODY).from(MESSAGE).where(MESSAGE.AUTHOR_PERSON_ID.eq(solene))
                .fetch(MESSAGE.BODY)).containsOnly("");
        assertThat(owner.db().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(AuditAction.PERSON_ERASED),
                AUDIT_EVENT.TARGET.eq(solene.value().toString()))).isEqualTo(1);
        assertThat(owner.db().fetchCount(CONVERSATION, CONVERSATION.ID.eq(conversation))).isEqualTo(1);
        assertThatThrownBy(() -> data.confirmErasure(vallee, request)).as("once")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerConfirmsOnlyTheirOwnOrganisationsPeopleAndThePersonMayWithdrawFirst() {
        String email = "yanis.morel@coopbatir.example";
        newMember("Yanis", "Morel", email, null);
        signIn.as(email);
        data.requestErasure(vallee);
        data.withdrawErasure(vallee);
        assertThat(data.erasureRequested(vallee)).isFalse();
        var request = data.requestErasure(vallee);

        signIn.as(DemoPeople.MANAGER); // Nadia manages La Ressourcerie, not Coop'Bâtir
        assertThat(data.erasureRequests(vallee)).isEmpty();
        assertThatThrownBy(() -> data.confirmErasure(vallee, request)).isInstanceOf(AccessDeniedException.class);
        assertThat(owner.db().fetchCount(PERSON, PERSON.EMAIL.eq(email))).isEqualTo(1);
    }

    @Test
    void retentionRemovesWhatIsOlderThanThePoleKeepsAndOnlyAnimatorsSetIt() {
        signIn.as(DemoPeople.MANAGER);
        assertThatThrownBy(() -> data.setRetention(vallee, new Retention(365, 365, 30)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.ANIMATOR);
        assertThatThrownBy(() -> data.setRetention(vallee, new Retention(365, 5, 30)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("messageDays"));
        PersonId karim = owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(DemoPeople.BROWSER_MEMBER))
                .fetchOne(PERSON.ID);
        var conversation = messaging.direct(vallee, karim);
        var old = messaging.send(vallee, conversation, Draft.of("Un vieux message"));
        var recent = messaging.send(vallee, conversation, Draft.of("Un message récent"));
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(400);
        owner.db().update(MESSAGE).set(MESSAGE.CREATED_AT, longAgo).where(MESSAGE.ID.eq(old)).execute();
        owner.db().update(NOTIFICATION).set(NOTIFICATION.CREATED_AT, longAgo).where(NOTIFICATION.POLE_ID.eq(vallee),
                NOTIFICATION.PERSON_ID.eq(karim)).execute();
        owner.db().insertInto(AUDIT_EVENT).set(AUDIT_EVENT.POLE_ID, vallee).set(AUDIT_EVENT.ACTION, AuditAction.SIGN_IN)
                .set(AUDIT_EVENT.OCCURRED_AT, longAgo).execute();
        data.setRetention(vallee, new Retention(365, 365, 30));
        assertThat(data.retention(vallee)).isEqualTo(new Retention(365, 365, 30));

        int[] removed = retention.run();

        assertThat(removed[0]).isPositive();
        assertThat(removed[1]).isPositive();
        assertThat(removed[2]).isPositive();
        assertThat(owner.db().fetchCount(MESSAGE, MESSAGE.ID.eq(old))).isZero();
        assertThat(owner.db().fetchCount(MESSAGE, MESSAGE.ID.eq(recent))).isEqualTo(1);
        assertThat(owner.db().fetchCount(AUDIT_EVENT, AUDIT_EVENT.POLE_ID.eq(vallee),
                AUDIT_EVENT.OCCURRED_AT.lt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(366)))).isZero();
        assertThat(retention.run()).as("a second run").containsExactly(0, 0, 0);
        data.setRetention(vallee, new Retention(null, null, null));
    }

    /** Every row of every column holding text, anywhere in the database, that contains one of the strings. */
    private List<String> traces(List<String> needles) {
        DSLContext superuser = DSL.using(OwnerConnections.superuser(context), SQLDialect.POSTGRES);
        List<String> found = new ArrayList<>();
        for (org.jooq.Table<?> table : superuser.meta().getSchemas("public").getFirst().getTables()) {
            if (table.getTableType() != org.jooq.TableOptions.TableType.TABLE) {
                continue;
            }
            for (org.jooq.Field<?> column : table.fields()) {
                String type = column.getDataType().getTypeName().toLowerCase(Locale.ROOT);
                if (!column.getDataType().isString() && !List.of("json", "jsonb", "tsvector").contains(type)) {
                    continue;
                }
                var text = DSL.field(DSL.name(column.getName())).cast(String.class);
                for (String needle : needles) {
                    int count = superuser.fetchCount(DSL.table(DSL.name(table.getName())),
                            DSL.position(DSL.lower(text), needle.toLowerCase(Locale.ROOT)).gt(0));
                    if (count > 0) {
                        found.add(table.getName() + "." + column.getName() + " holds " + needle);
                    }
                }
            }
        }
        return found;
    }
}
