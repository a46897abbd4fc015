package org.coopole.messaging;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.audit.AuditAction;
import org.coopole.audit.AuditQuery;
import org.coopole.audit.AuditTrail;
import org.coopole.booking.BookingService;
import org.coopole.common.BookingId;
import org.coopole.common.InvalidField;
import org.coopole.common.OrganisationId;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.BOOKING;
import static org.coopole.db.Tables.MESSAGE;
import static org.coopole.db.Tables.ORGANISATION;
import static org.coopole.db.Tables.PERSON;

/**
 * Every kind of conversation and what its people do in it: to an organisation (its managers answer for it), about a
 * resource or a booking, groups with people joining and leaving; edits and deletions within 15 minutes, replies,
 * "mark as unread", search in French and English, reports hidden by an animator, and a deactivated person who keeps
 * their name and is told nothing more.
 */
@CoopoleTest
class ConversationsTest {

    @Autowired
    MessagingService messaging;
    @Autowired
    AccountService accounts;
    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;
    @Autowired
    AuditTrail audit;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    PoleId vallee;

    @BeforeEach
    void pole() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aMemberWritesToAnOrganisationWhoseManagerAnswersForIt() {
        OrganisationId ressourcerie = organisation("La Ressourcerie du Val");
        signIn.as(DemoPeople.BROWSER_MEMBER);
        ConversationId conversation = messaging.toOrganisation(vallee, ressourcerie);
        assertThat(messaging.toOrganisation(vallee, ressourcerie)).as("found again, not doubled").isEqualTo(conversation);
        assertThat(messaging.details(vallee, conversation).people()).extracting(Participant::name)
                .containsExactlyInAnyOrder("Karim Haddad", "Nadia Benali");
        messaging.send(vallee, conversation, Draft.of("Auriez-vous des palettes ?"));
        assertThatThrownBy(() -> messaging.toOrganisation(vallee, organisation("Coop'Bâtir")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.organisation.own"));

        signIn.as(DemoPeople.MANAGER);
        assertThat(messaging.conversations(vallee)).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(conversation);
            assertThat(c.kind()).isEqualTo(ConversationKind.ORGANISATION);
            assertThat(c.with()).isEqualTo("La Ressourcerie du Val · Karim Haddad");
        });
        messaging.send(vallee, conversation, Draft.of("Oui, passez jeudi."));
        assertThat(messaging.messages(vallee, conversation, 10)).extracting(Message::forOrganisation)
                .containsExactly(null, "La Ressourcerie du Val");

        // a member of the organisation who is not its manager is not in it
        signIn.as(DemoPeople.MEMBER);
        assertThatThrownBy(() -> messaging.messages(vallee, conversation, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBookingsConversationIsTheOwnersManagersTheBookerAndTheBookersManagers() {
        String name = "Diable " + UUID.randomUUID().toString().substring(0, 6);
        ResourceId trolley = resources.share(vallee, new ResourceData(ResourceKind.EQUIPMENT, name, "", false));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        var start = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(5).with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
                .atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
        bookings.book(vallee, trolley, start, start.plusSeconds(3600), "Chantier");
        BookingId booking = owner.db().select(BOOKING.ID).from(BOOKING).where(BOOKING.RESOURCE_ID.eq(trolley))
                .fetchSingle(BOOKING.ID);

        ConversationId conversation = messaging.aboutBooking(vallee, booking);
        assertThat(messaging.details(vallee, conversation).people()).extracting(Participant::name)
                .containsExactlyInAnyOrder("Karim Haddad", "Nadia Benali", "Sarah Fontaine");
        assertThat(messaging.details(vallee, conversation).name()).startsWith(name + " · ");
        ConversationId aboutTheResource = messaging.aboutResource(vallee, trolley);
        assertThat(messaging.details(vallee, aboutTheResource).people()).extracting(Participant::name)
                .containsExactlyInAnyOrder("Karim Haddad", "Nadia Benali");

        signIn.as(DemoPeople.MANAGER);
        assertThat(messaging.aboutBooking(vallee, booking)).as("one conversation per booking").isEqualTo(conversation);
        assertThatThrownBy(() -> messaging.aboutResource(vallee, trolley))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.resource.own"));
        signIn.as(DemoPeople.MEMBER);
        assertThatThrownBy(() -> messaging.aboutBooking(vallee, booking)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGroupsCreatorAddsAndRemovesPeopleAndTheThreadSaysWhoJoinedAndLeft() {
        PersonId karim = person(DemoPeople.BROWSER_MEMBER);
        PersonId louis = person(DemoPeople.MEMBER);
        PersonId thomas = person("thomas.girard@energies-val.example");
        assertThatThrownBy(() -> messaging.group(vallee, "Chantier", List.of()))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.group.nobody"));
        assertThatThrownBy(() -> messaging.group(vallee, " ", List.of(karim)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> messaging.group(vallee, "Chantier", List.of(person(DemoPeople.OTHER_POLE))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.not-in-pole"));

        ConversationId group = messaging.group(vallee, "Chantier participatif", List.of(karim, louis));
        messaging.send(vallee, group, Draft.of("Rendez-vous samedi."));
        messaging.addToGroup(vallee, group, thomas);
        messaging.removeFromGroup(vallee, group, louis);
        assertThatThrownBy(() -> messaging.removeFromGroup(vallee, group, person(DemoPeople.MANAGER)))
                .isInstanceOf(InvalidField.class);

        signIn.as(DemoPeople.MEMBER);
        assertThatThrownBy(() -> messaging.messages(vallee, group, 10)).as("removed").isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> messaging.addToGroup(vallee, group, louis)).as("not its creator")
                .isInstanceOf(AccessDeniedException.class);
        messaging.leave(vallee, group);
        assertThatThrownBy(() -> messaging.messages(vallee, group, 10)).isInstanceOf(AccessDeniedException.class);

        signIn.as("thomas.girard@energies-val.example");
        List<Message> thread = messaging.messages(vallee, group, 10);
        assertThat(thread).extracting(m -> m.kind() + " " + (m.aboutName() == null ? m.body() : m.aboutName()))
                .containsExactly("TEXT Rendez-vous samedi.", "JOINED Thomas Girard", "LEFT Louis Garnier",
                        "LEFT Karim Haddad");
        assertThat(messaging.details(vallee, group).name()).isEqualTo("Chantier participatif");
    }

    @Test
    void anAuthorEditsAndDeletesWithinFifteenMinutesOthersRepliesAndMarkUnread() {
        ConversationId conversation = messaging.direct(vallee, person(DemoPeople.BROWSER_MEMBER));
        MessageId first = messaging.send(vallee, conversation, Draft.of("Le camion est libre lundi."));
        MessageId second = messaging.send(vallee, conversation, Draft.of("Et mardi aussi."));
        messaging.edit(vallee, first, "Le camion est libre lundi matin.");
        MessageId old = messaging.send(vallee, conversation, Draft.of("Message ancien"));
        owner.db().update(MESSAGE).set(MESSAGE.CREATED_AT, java.time.OffsetDateTime.now().minusMinutes(16))
                .where(MESSAGE.ID.eq(old)).execute();
        assertThatThrownBy(() -> messaging.edit(vallee, old, "Trop tard"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.change.too-late"));
        assertThatThrownBy(() -> messaging.delete(vallee, old)).isInstanceOf(InvalidField.class);
        messaging.delete(vallee, second);

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThatThrownBy(() -> messaging.edit(vallee, first, "Changé par Karim")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messaging.delete(vallee, first)).isInstanceOf(AccessDeniedException.class);
        List<Message> thread = messaging.messages(vallee, conversation, 10);
        // the old one was written 16 minutes ago: it comes first
        assertThat(thread.subList(thread.size() - 3, thread.size())).extracting(Message::body, Message::edited,
                Message::deleted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Message ancien", false, false),
                org.assertj.core.groups.Tuple.tuple("Le camion est libre lundi matin.", true, false),
                org.assertj.core.groups.Tuple.tuple("", false, true));
        assertThat(thread).noneMatch(Message::changeable); // none is Karim's

        MessageId answer = messaging.send(vallee, conversation, new Draft("Je le prends.", first, List.of()));
        Message reply = messaging.messages(vallee, conversation, 10).getLast();
        assertThat(reply.id()).isEqualTo(answer);
        assertThat(reply.quote().authorName()).isEqualTo("Nadia Benali");
        assertThat(reply.quote().excerpt()).isEqualTo("Le camion est libre lundi matin.");
        assertThat(reply.changeable()).isTrue();
        ConversationId another = messaging.direct(vallee, person(DemoPeople.MEMBER));
        assertThatThrownBy(() -> messaging.send(vallee, another, new Draft("Réponse égarée", first, List.of())))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.reply.elsewhere"));

        // Karim has read everything; "mark as unread" from the first message of Nadia's counts hers again
        messaging.markRead(vallee, conversation);
        int before = messaging.unread(vallee);
        messaging.markUnread(vallee, first);
        assertThat(messaging.unread(vallee) - before).as("the first one; not the older one nor the deleted one")
                .isEqualTo(1);
    }

    @Test
    void searchFindsWordFormsInFrenchAndEnglishInOnesOwnConversationsOnly() {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
        ConversationId conversation = messaging.direct(vallee, person(DemoPeople.BROWSER_MEMBER));
        messaging.send(vallee, conversation, Draft.of("Les vélos cargos " + tag + " sont révisés."));
        messaging.send(vallee, conversation, Draft.of("The bikes " + tag + " were repaired."));
        MessageId deleted = messaging.send(vallee, conversation, Draft.of("Révision supprimée " + tag));
        messaging.delete(vallee, deleted);

        // "révision" finds "révisés" (French stems), "repairing bikes" finds "bikes were repaired" (English)
        assertThat(messaging.search(vallee, "révision " + tag)).extracting(Found::excerpt)
                .containsExactly("Les vélos cargos " + tag + " sont révisés.");
        assertThat(messaging.search(vallee, "repairing bike " + tag)).extracting(Found::excerpt)
                .containsExactly("The bikes " + tag + " were repaired.");
        assertThat(messaging.search(vallee, "  ")).isEmpty();
        assertThat(messaging.search(vallee, "\"" + tag + "\" OR -vélo")).isNotNull(); // odd syntax is no error
        signIn.as(DemoPeople.MEMBER);
        assertThat(messaging.search(vallee, tag)).as("another person's conversation").isEmpty();
    }

    @Test
    void aReportedMessageIsHiddenByAnAnimatorAndTheTrailKeepsIt() {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        ConversationId conversation = messaging.direct(vallee, person(DemoPeople.MEMBER));
        MessageId rude = messaging.send(vallee, conversation, Draft.of("Propos déplacés " + UUID.randomUUID()));
        signIn.as(DemoPeople.MEMBER);
        assertThatThrownBy(() -> messaging.report(vallee, rude, null, " ")).isInstanceOf(InvalidField.class);
        ReportId report = messaging.report(vallee, rude, null, "Insultant");
        assertThatThrownBy(() -> messaging.reports(vallee)).as("a member does not read the reports")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoPeople.ANIMATOR);
        assertThat(messaging.reports(vallee)).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(report);
            assertThat(r.authorName()).isEqualTo("Karim Haddad");
            assertThat(r.reporterName()).isEqualTo("Louis Garnier");
            assertThat(r.excerpt()).startsWith("Propos déplacés");
            assertThat(r.reason()).isEqualTo("Insultant");
        });
        int hiddenBefore = audit.count(vallee, new AuditQuery(AuditAction.MESSAGE_HIDDEN, null, null, null, 0, 100));
        messaging.hide(vallee, report);
        assertThat(messaging.reports(vallee)).noneMatch(r -> r.id().equals(report));
        assertThat(audit.count(vallee, new AuditQuery(AuditAction.MESSAGE_HIDDEN, null, null, null, 0, 100)))
                .isEqualTo(hiddenBefore + 1);

        signIn.as(DemoPeople.MEMBER);
        Message hidden = messaging.messages(vallee, conversation, 10).stream().filter(m -> m.id().equals(rude))
                .findFirst().orElseThrow();
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.body()).isEmpty();
    }

    @Test
    void aDeactivatedPersonKeepsTheirNameOnTheirMessagesAndIsToldNothingMore() {
        signIn.as(DemoPeople.MEMBER);
        PersonId louis = person(DemoPeople.MEMBER);
        ConversationId conversation = messaging.direct(vallee, person(DemoPeople.BROWSER_MEMBER));
        messaging.send(vallee, conversation, Draft.of("Je pars à la fin du mois."));
        signIn.as(DemoPeople.BROWSER_MEMBER);
        owner.db().update(PERSON).set(PERSON.ACTIVE, false).where(PERSON.ID.eq(louis)).execute();
        try {
            int notificationsBefore = owner.db().fetchCount(org.coopole.db.Tables.NOTIFICATION,
                    org.coopole.db.Tables.NOTIFICATION.PERSON_ID.eq(louis));
            messaging.send(vallee, conversation, Draft.of("Bonne continuation !"));
            assertThat(owner.db().fetchCount(org.coopole.db.Tables.NOTIFICATION,
                    org.coopole.db.Tables.NOTIFICATION.PERSON_ID.eq(louis))).isEqualTo(notificationsBefore);
            assertThat(messaging.messages(vallee, conversation, 10)).extracting(Message::authorName)
                    .contains("Louis Garnier");
            assertThat(messaging.details(vallee, conversation).people())
                    .anySatisfy(p -> {
                        assertThat(p.name()).isEqualTo("Louis Garnier");
                        assertThat(p.active()).isFalse();
                    });
        } finally {
            owner.db().update(PERSON).set(PERSON.ACTIVE, true).where(PERSON.ID.eq(louis)).execute();
        }
    }

    private OrganisationId organisation(String name) {
        return owner.db().select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(name))
                .fetchSingle(ORGANISATION.ID);
    }

    private PersonId person(String email) {
        return owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(email)).fetchSingle(PERSON.ID);
    }
}
