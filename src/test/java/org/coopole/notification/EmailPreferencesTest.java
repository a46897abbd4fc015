package org.coopole.notification;

import com.icegreen.greenmail.util.GreenMail;
import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.TestMailServer;
import org.coopole.booking.BookingService;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.mail.MailRequest;
import org.coopole.mail.MailTemplate;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each person chooses how each kind of notification reaches them by email: at once, in the pole's daily digest, or
 * never; the bell shows it whatever they chose. The digest leaves once a day per pole, at the time its animators set.
 */
@CoopoleTest
@RecordApplicationEvents
class EmailPreferencesTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    DailyDigests digests;
    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    GreenMail mail;
    @Autowired
    ApplicationEvents events;

    PoleId vallee;
    String hallName;

    @BeforeEach
    void pole() {
        signIn.as(DemoPeople.MANAGER);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
    }

    @AfterEach
    void atOnceAgain() {
        signIn.as(DemoPeople.MANAGER);
        for (NotificationKind kind : NotificationKind.values()) {
            notifications.prefer(kind, Delivery.IMMEDIATELY);
        }
        signIn.out();
    }

    @Test
    void requestsTheManagerChoseNeverToReceiveByEmailStillRingTheBell() {
        notifications.prefer(NotificationKind.BOOKING_REQUESTED, Delivery.NEVER);
        assertThat(notifications.preferences()).containsEntry(NotificationKind.BOOKING_REQUESTED, Delivery.NEVER)
                .containsEntry(NotificationKind.BOOKING_CANCELLED_BY_BOOKER, Delivery.IMMEDIATELY);
        ResourceId hall = hall("Salle du silence");
        int unread = notifications.unread(vallee);

        request(hall, 1);

        signIn.as(DemoPeople.MANAGER);
        assertThat(notifications.unread(vallee)).isEqualTo(unread + 1);
        assertThat(events.stream(MailRequest.class)).noneMatch(m -> m.to().equals(DemoPeople.MANAGER));
    }

    @Test
    void theDailyDigestGathersTheDaysRequestsInOneEmailOncePerDay() {
        notifications.prefer(NotificationKind.BOOKING_REQUESTED, Delivery.DAILY_DIGEST);
        ResourceId hall = hall("Salle du récapitulatif");
        request(hall, 1);
        request(hall, 2);
        assertThat(events.stream(MailRequest.class)).as("nothing at once")
                .noneMatch(m -> m.to().equals(DemoPeople.MANAGER));

        signIn.as(DemoPeople.ANIMATOR);
        notifications.setDigestTime(vallee, LocalTime.MIDNIGHT); // due from the first minute of the day
        assertThat(notifications.digestTime(vallee)).isEqualTo(LocalTime.MIDNIGHT);
        signIn.out();

        digests.send();
        digests.send(); // a second node, or the next check: the pole's digests already left today

        assertThat(events.stream(MailRequest.class).filter(m -> m.template() == MailTemplate.DAILY_DIGEST
                && m.to().equals(DemoPeople.MANAGER))).singleElement().satisfies(digest -> {
            assertThat(digest.params()).containsEntry("count", "2");
            assertThat(digest.params().get("items")).contains("Coop'Bâtir demande à réserver « " + hallName + " »");
        });
        assertThat(TestMailServer.mailTo(mail, DemoPeople.MANAGER, hallName)).hasValueSatisfying(text ->
                assertThat(text).startsWith("Votre récapitulatif du jour"));
    }

    @Test
    void onlyThePolesAnimatorsSetTheDigestTime() {
        assertThatThrownBy(() -> notifications.setDigestTime(vallee, LocalTime.NOON))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoPeople.ANIMATOR);
        assertThatThrownBy(() -> notifications.setDigestTime(vallee, null))
                .isInstanceOf(org.coopole.common.InvalidField.class);
    }

    private ResourceId hall(String name) {
        hallName = name + " " + System.nanoTime();
        return resources.share(vallee, new ResourceData(ResourceKind.PREMISES, hallName, "", true));
    }

    private void request(ResourceId hall, int day) {
        signIn.as(DemoPeople.BROWSER_MEMBER);
        Instant start = Instant.now().plus(Duration.ofDays(240 + day)).truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofHours(9));
        bookings.book(vallee, hall, start, start.plus(Duration.ofHours(1)), "Réunion");
    }
}
