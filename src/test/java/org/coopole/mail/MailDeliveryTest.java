package org.coopole.mail;

import com.icegreen.greenmail.util.GreenMail;
import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.TestMailServer;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingSlot;
import org.coopole.booking.BookingStatus;
import org.coopole.common.Language;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.notification.NotificationService;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopole.db.Tables.EVENT_PUBLICATION;

/**
 * Emails leave after the commit of what asked for them, on a thread of their own: an SMTP server down never fails
 * the action, the email waits in the event publication registry and leaves once the server is back; an action
 * rolled back sends nothing.
 */
@CoopoleTest
class MailDeliveryTest {

    @Autowired
    GreenMail mail;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;
    @Autowired
    AccountService accounts;
    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;
    @Autowired
    NotificationService notifications;
    @Autowired
    Outbox outbox;
    @Autowired
    MailRetry retry;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MailDelivery delivery;

    @AfterEach
    void serverUp() {
        if (!mail.isRunning()) {
            mail.start();
        }
        signIn.out();
    }

    @Test
    void aBookingCommitsWhileTheMailServerIsDownAndItsEmailLeavesOnceTheServerIsBack() {
        signIn.as(DemoPeople.MANAGER);
        PoleId vallee = accounts.me().currentPole().orElseThrow().poleId();
        String name = "Salle des fêtes " + System.nanoTime();
        ResourceId hall = resources.share(vallee, new ResourceData(ResourceKind.PREMISES, name, "", true));
        int unreadBefore = notifications.unread(vallee);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        Instant start = Instant.now().plus(Duration.ofDays(230)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));

        mail.stop();
        assertThat(bookings.book(vallee, hall, start, start.plus(Duration.ofHours(2)), "Répétition"))
                .as("the booker sees their booking made").isEqualTo(BookingStatus.REQUESTED);
        assertThat(bookings.busy(vallee, hall, start, start.plus(Duration.ofHours(2)))).singleElement()
                .extracting(BookingSlot::status).isEqualTo(BookingStatus.REQUESTED);
        signIn.as(DemoPeople.MANAGER);
        assertThat(notifications.unread(vallee)).as("the owner's manager is told in the app").isEqualTo(unreadBefore + 1);

        // the delivery was tried, failed, and the email is kept
        awaitPublication(name, true);
        mail.start();
        assertThat(java.util.Arrays.stream(mail.getReceivedMessages()).map(MailDeliveryTest::body))
                .as("not sent by itself yet").noneMatch(text -> text.contains(name));

        retry.retryOlderThan(Duration.ZERO);

        assertThat(TestMailServer.mailTo(mail, DemoPeople.MANAGER, name)).hasValueSatisfying(text ->
                assertThat(text).contains("Coop'Bâtir demande à réserver « " + name + " »"));
        awaitPublication(name, false);
    }

    @Test
    void anEmailAskedForInATransactionThatRolledBackIsNeverSent() {
        String to = "personne." + System.nanoTime() + "@exemple.example";
        var template = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> template.executeWithoutResult(status -> {
            outbox.send(to, Language.FR, MailTemplate.PASSWORD_RESET, Map.of("firstName", "Alix", "link", "x"));
            throw new IllegalStateException("the action failed after asking");
        })).isInstanceOf(IllegalStateException.class);
        template.executeWithoutResult(status -> outbox.send(to, Language.FR, MailTemplate.PASSWORD_RESET,
                Map.of("firstName", "Alix", "link", "https://coopole.example/reset-password/abc")));

        assertThat(TestMailServer.mailTo(mail, to, "Alix")).hasValueSatisfying(text -> assertThat(text)
                .contains("Bonjour Alix,").contains("Hello Alix,").contains("https://coopole.example/reset-password/abc"));
        assertThat(java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.toString(m.getAllRecipients()).contains(to);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        })).as("one email: the rolled-back one never left").hasSize(1);
    }

    @Test
    void anInvitationIsWrittenInFrenchThenEnglishAndANotificationInItsRecipientsLanguage() {
        var invitation = delivery.write(new MailRequest("a@b.example", Language.EN, MailTemplate.INVITATION,
                Map.of("firstName", "Rémi", "organisation", "L’Atelier d'Aujourd'hui", "link", "https://x.example/invitation/t")));
        assertThat(invitation.subject()).isEqualTo("Invitation à rejoindre Coopole / Invitation to join Coopole");
        assertThat(invitation.text()).startsWith("Bonjour Rémi,").contains("rejoindre L’Atelier d'Aujourd'hui sur Coopole")
                .contains("\n---\n").contains("Hello Rémi,").contains("join L’Atelier d'Aujourd'hui on Coopole")
                .contains("https://x.example/invitation/t");

        Map<String, String> declined = Map.of("kind", "BOOKING_DECLINED", "organisation", "Tiers-Lieu La Fabrique",
                "resource", "Grande salle", "start", "2026-12-08T09:00:00Z", "end", "2026-12-08T11:00:00Z",
                "zone", "Europe/Paris", "reason", "Travaux", "link", "https://x.example/resources/r");
        var french = delivery.write(new MailRequest("a@b.example", Language.FR, MailTemplate.NOTIFICATION, declined));
        assertThat(french.subject()).isEqualTo("Tiers-Lieu La Fabrique a refusé votre demande de « Grande salle »");
        assertThat(french.text()).contains("8 déc. 2026").contains("10:00 – 12:00").contains("Motif : Travaux")
                .endsWith("https://x.example/resources/r");
        var english = delivery.write(new MailRequest("a@b.example", Language.EN, MailTemplate.NOTIFICATION, declined));
        assertThat(english.subject()).isEqualTo("Tiers-Lieu La Fabrique declined your request for \"Grande salle\"");
        assertThat(english.text()).doesNotContain("Motif").contains("Travaux");
    }

    private static String body(jakarta.mail.internet.MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the email naming that text has failed once and is kept (or, not kept, has left). */
    private void awaitPublication(String text, boolean failedAndKept) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            var rows = owner.db().selectFrom(EVENT_PUBLICATION)
                    .where(EVENT_PUBLICATION.SERIALIZED_EVENT.contains(text)).fetch();
            boolean done = failedAndKept
                    ? rows.stream().anyMatch(r -> r.getCompletionDate() == null && "FAILED".equals(r.getStatus()))
                    : rows.isEmpty();
            if (done) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("publication of '" + text + "' " + (failedAndKept ? "never failed" : "still there")
                + ": " + owner.db().selectFrom(EVENT_PUBLICATION).where(EVENT_PUBLICATION.SERIALIZED_EVENT.contains(text))
                .fetch());
    }
}
