package org.coopole.messaging;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.common.InvalidField;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.notification.Notification;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.NotificationService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.PERSON;

/**
 * Two people of two organisations of a pole write to each other: the conversation is found again, not doubled;
 * unread counts follow each one's read position; the other is told by a notification; a third person of the same
 * pole reads nothing of it.
 */
@CoopoleTest
class MessagingServiceTest {

    @Autowired
    MessagingService messaging;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    PoleId vallee;
    PersonId manager;
    PersonId member;

    @BeforeEach
    void people() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        manager = personId(DemoPeople.MANAGER);
        member = personId(DemoPeople.BROWSER_MEMBER);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void twoPeopleOfTwoOrganisationsWriteToEachOtherAndEachKeepsTheirReadPosition() {
        ConversationId conversation = messaging.direct(vallee, member);
        assertThat(messaging.direct(vallee, member)).as("the same conversation, found again").isEqualTo(conversation);
        // other tests may have written in it before: Karim starts having read it all
        signIn.as(DemoPeople.BROWSER_MEMBER);
        messaging.markRead(vallee, conversation);
        signIn.as(DemoPeople.MANAGER);
        messaging.send(vallee, conversation, org.coopole.messaging.Draft.of("Bonjour Karim,\nla bétonnière est libre jeudi."));

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(messaging.direct(vallee, manager)).as("from the other side too").isEqualTo(conversation);
        int unreadBefore = messaging.unread(vallee);
        assertThat(messaging.conversations(vallee)).filteredOn(c -> c.id().equals(conversation)).singleElement()
                .satisfies(c -> {
                    assertThat(c.with()).isEqualTo("Nadia Benali");
                    assertThat(c.unread()).isEqualTo(1);
                    assertThat(c.lastWords()).startsWith("Bonjour Karim,");
                });
        Notification told = notifications.latest(vallee, 1).getFirst();
        assertThat(told.kind()).isEqualTo(NotificationKind.MESSAGE_RECEIVED);
        assertThat(told.params()).containsEntry("author", "Nadia Benali")
                .containsEntry("path", "messages?c=" + conversation);
        assertThat(messaging.messages(vallee, conversation, 50).getLast()).satisfies(m -> {
            assertThat(m.body()).isEqualTo("Bonjour Karim,\nla bétonnière est libre jeudi.");
            assertThat(m.mine()).isFalse();
        });

        int bellBefore = notifications.unread(vallee);
        messaging.markRead(vallee, conversation);
        assertThat(messaging.unread(vallee)).isEqualTo(unreadBefore - 1);
        assertThat(notifications.unread(vallee)).as("the bell's word of it is read too").isEqualTo(bellBefore - 1);
        messaging.send(vallee, conversation, org.coopole.messaging.Draft.of("Parfait, merci !"));
        assertThat(messaging.messages(vallee, conversation, 50)).extracting(Message::body)
                .endsWith("Bonjour Karim,\nla bétonnière est libre jeudi.", "Parfait, merci !");

        // a third person of the same pole reads nothing of it, not even by its id
        signIn.as(DemoPeople.MEMBER);
        assertThat(messaging.conversations(vallee)).noneMatch(c -> c.id().equals(conversation));
        assertThatThrownBy(() -> messaging.messages(vallee, conversation, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messaging.send(vallee, conversation, org.coopole.messaging.Draft.of("Je m’invite")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEmptyTooLongOrHiddenCharacterMessageIsRefusedAndNobodyWritesToThemselvesOrOutsideThePole() {
        ConversationId conversation = messaging.direct(vallee, member);
        assertThatThrownBy(() -> messaging.send(vallee, conversation, org.coopole.messaging.Draft.of("   ")))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
        assertThatThrownBy(() -> messaging.send(vallee, conversation, org.coopole.messaging.Draft.of("x".repeat(MessagingService.BODY_MAX + 1))))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> messaging.send(vallee, conversation, org.coopole.messaging.Draft.of("RIB : FR76\u202E1234")))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.hidden-characters"));
        messaging.send(vallee, conversation, org.coopole.messaging.Draft.of("x".repeat(MessagingService.BODY_MAX)));

        assertThatThrownBy(() -> messaging.direct(vallee, manager))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.not-with-oneself"));
        PersonId otherPole = personId(DemoPeople.OTHER_POLE);
        assertThatThrownBy(() -> messaging.direct(vallee, otherPole))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.not-in-pole"));
    }

    private PersonId personId(String email) {
        return owner.db().select(PERSON.ID).from(PERSON).where(PERSON.EMAIL.eq(email)).fetchOne(PERSON.ID);
    }
}
