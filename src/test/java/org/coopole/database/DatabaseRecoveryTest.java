package org.coopole.database;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.booking.BookingService;
import org.coopole.booking.BookingStatus;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.BOOKING;

/** The embedded PostgreSQL killed under a running Coopole: it runs again by itself, and nothing confirmed is lost. */
@CoopoleTest
class DatabaseRecoveryTest {

    @Autowired
    ApplicationContext context;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    ApplicationAvailability availability;
    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
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
    void afterTheServerIsKilledReadinessGoesDownThenCoopoleBooksAgainWithEveryConfirmedBookingKept() throws Exception {
        signIn.as(DemoPeople.MANAGER);
        PoleId pole = accounts.me().currentPole().orElseThrow().poleId();
        ResourceId van = resources.share(pole, new ResourceData(ResourceKind.VEHICLE, "Camionnette de secours", "", false));
        Instant day = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(8));
        for (int i = 0; i < 3; i++) {
            Instant from = day.plus(Duration.ofHours(2L * i));
            assertThat(bookings.book(pole, van, from, from.plus(Duration.ofHours(1)), "Avant l'arrêt " + i))
                    .isEqualTo(BookingStatus.CONFIRMED);
        }

        // a screen of the van's calendar, listening for live changes
        var heard = new java.util.concurrent.CopyOnWriteArrayList<org.coopole.live.Signal>();
        var screen = context.getBean(org.coopole.live.LiveUpdates.class)
                .subscribe(org.coopole.live.Topic.BOOKINGS, pole, van.value(), heard::add);

        long pid = OwnerConnections.serverPid(context);
        long killed = System.nanoTime();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        waitFor(Duration.ofSeconds(10), () -> availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
        assertThat(availability.getReadinessState()).as("readiness DOWN within seconds")
                .isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        // the API, asked meanwhile, answers in JSON: "briefly unavailable" while the server is away (or, once it is
        // back, that the catalogue is not published), never a stack trace
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/public/poles/" + pole.value()
                                + "/resources")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isIn(503, 404);
        assertThat(answer.body()).startsWith("{\"error\":").doesNotContain("Exception", "at org.");

        waitFor(Duration.ofSeconds(60), () -> availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(OwnerConnections.serverPid(context)).isNotEqualTo(pid);
        System.out.printf("Embedded PostgreSQL killed: serving again after %d ms%n",
                (System.nanoTime() - killed) / 1_000_000);

        // the node's listening connection came back by itself, and told the screen to read everything again
        waitFor(Duration.ofSeconds(30), () -> heard.stream().anyMatch(signal -> signal.subject() == null));
        assertThat(heard).as("after reconnecting: read everything again").anyMatch(signal -> signal.subject() == null);

        Instant after = day.plus(Duration.ofHours(8));
        assertThat(bookings.book(pole, van, after, after.plus(Duration.ofHours(1)), "Après l'arrêt"))
                .isEqualTo(BookingStatus.CONFIRMED);
        waitFor(Duration.ofSeconds(10), () -> heard.stream().anyMatch(signal -> van.value().equals(signal.subject())));
        assertThat(heard).as("a booking after the restart is heard live").anyMatch(
                signal -> van.value().equals(signal.subject()));
        screen.remove();

        List<String> kept = owner.db().select(BOOKING.PURPOSE).from(BOOKING)
                .where(BOOKING.RESOURCE_ID.eq(van).and(BOOKING.STATUS.eq(BookingStatus.CONFIRMED)))
                .orderBy(BOOKING.STARTS_AT).fetch(BOOKING.PURPOSE);
        assertThat(kept).containsExactly("Avant l'arrêt 0", "Avant l'arrêt 1", "Avant l'arrêt 2", "Après l'arrêt");
    }

    private static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
