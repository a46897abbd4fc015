package org.coopole.booking;

import com.icegreen.greenmail.util.GreenMail;
import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.TestMailServer;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.notification.Notification;
import org.coopole.notification.NotificationKind;
import org.coopole.notification.NotificationService;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests reach the owner's managers and decisions reach the booker, in the app and by email (committed). */
@CoopoleTest
class NotificationTest {

    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    GreenMail mail;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theOwnersManagerHearsOfARequestAndTheBookerOfTheDecision() {
        signIn.as(DemoPeople.MANAGER);
        PoleId vallee = accounts.me().currentPole().orElseThrow().poleId();
        String name = "Salle " + UUID.randomUUID().toString().substring(0, 8);
        ResourceId room = resources.share(vallee, new ResourceData(ResourceKind.PREMISES, name, "", true));
        int managerUnread = notifications.unread(vallee);

        signIn.as(DemoPeople.BROWSER_MEMBER);
        int memberUnread = notifications.unread(vallee);
        Instant start = Instant.now().plus(Duration.ofDays(200)).truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofHours(8 + (long) (Math.random() * 8)));
        bookings.book(vallee, room, start, start.plus(Duration.ofHours(1)), "Réunion de chantier");

        signIn.as(DemoPeople.MANAGER);
        assertThat(notifications.unread(vallee)).isEqualTo(managerUnread + 1);
        Notification request = notifications.latest(vallee, 1).getFirst();
        assertThat(request.kind()).isEqualTo(NotificationKind.BOOKING_REQUESTED);
        assertThat(request.params()).containsEntry("resource", name).containsEntry("path", "requests");
        assertThat(request.subject().kind()).isEqualTo(org.coopole.notification.SubjectKind.BOOKING);
        assertThat(request.params()).containsEntry("organisation", "Coop'Bâtir");
        assertThat(TestMailServer.mailTo(mail, DemoPeople.MANAGER, name)).hasValueSatisfying(
                text -> assertThat(text).contains("Coop'Bâtir demande à réserver « " + name + " »").contains("/requests"));
        notifications.markAllRead(vallee);
        assertThat(notifications.unread(vallee)).isZero();

        BookingSlot waiting = bookings.requestsToDecide(vallee).stream()
                .filter(r -> r.start().equals(start)).findFirst().orElseThrow();
        bookings.decline(vallee, waiting.id(), "La salle est en travaux ce jour-là");

        signIn.as(DemoPeople.BROWSER_MEMBER);
        assertThat(notifications.unread(vallee)).isEqualTo(memberUnread + 1);
        Notification decision = notifications.latest(vallee, 1).getFirst();
        assertThat(decision.kind()).isEqualTo(NotificationKind.BOOKING_DECLINED);
        assertThat(decision.param("reason")).hasValue("La salle est en travaux ce jour-là");
        assertThat(decision.subject().id()).isEqualTo(waiting.id().value());
        assertThat(TestMailServer.mailTo(mail, DemoPeople.BROWSER_MEMBER, "en travaux")).hasValueSatisfying(
                text -> assertThat(text).contains("a refusé votre demande de « " + name + " »"));
    }

    @Test
    void nobodyHearsOfWhatTheyDidThemselves() {
        signIn.as(DemoPeople.MANAGER);
        PoleId vallee = accounts.me().currentPole().orElseThrow().poleId();
        ResourceId room = resources.share(vallee, new ResourceData(ResourceKind.PREMISES,
                "Salle " + UUID.randomUUID().toString().substring(0, 8), "", false));
        int unread = notifications.unread(vallee);
        Instant start = Instant.now().plus(Duration.ofDays(210)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));

        assertThat(bookings.book(vallee, room, start, start.plus(Duration.ofHours(1)), "Rangement"))
                .isEqualTo(BookingStatus.CONFIRMED);

        assertThat(notifications.unread(vallee)).isEqualTo(unread);
    }
}
