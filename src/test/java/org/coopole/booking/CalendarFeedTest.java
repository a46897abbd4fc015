package org.coopole.booking;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.SignIn;
import org.coopole.common.BookingId;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secret calendar feeds, fetched over HTTP as a calendar application would, without signing in: each audience
 * gets only what it may see, and a revoked address answers "not found". Committed (the feed is read afterwards).
 */
@CoopoleTest
class CalendarFeedTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    BookingService bookings;
    @Autowired
    ResourceService resources;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    org.coopole.Owner owner;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aResourceFeedShowsWhoHoldsEachSlotAndThePurposeOnlyToTheOwnerAndTheBooker() throws Exception {
        String name = "Four à pain " + UUID.randomUUID().toString().substring(0, 6);
        PoleId vallee = signInAs(DemoPeople.MANAGER);
        ResourceId oven = resources.share(vallee, new ResourceData(ResourceKind.EQUIPMENT, name, "", false));
        String ownersFeed = feeds.create(vallee, oven);

        signInAs(DemoPeople.BROWSER_MEMBER);
        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        bookings.book(vallee, oven, start, start.plus(Duration.ofHours(3)), "Fournée solidaire");
        String bookersOrganisationFeed = feeds.create(vallee, null);

        signInAs("ines.roux@atelier-velo.example");
        String othersFeed = feeds.create(vallee, oven);

        HttpResponse<String> owners = get(ownersFeed);
        assertThat(owners.statusCode()).isEqualTo(200);
        assertThat(owners.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(owners.body()).contains("BEGIN:VCALENDAR", "X-WR-CALNAME:" + name, "BEGIN:VEVENT",
                "Coop'Bâtir", "DESCRIPTION:Fournée solidaire", "STATUS:CONFIRMED");

        assertThat(get(othersFeed).body()).contains("Coop'Bâtir").doesNotContain("Fournée solidaire");
        assertThat(get(bookersOrganisationFeed).body()).contains(name, "Fournée solidaire");

        CalendarFeed mine = feeds.mine(vallee).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        feeds.revoke(vallee, mine.id());
        assertThat(get(othersFeed).statusCode()).isEqualTo(404);
        assertThat(get("not-a-token").statusCode()).isEqualTo(404);
        assertThat(get(ownersFeed).statusCode()).isEqualTo(200);
    }

    @Test
    void aSlotTakenInAnotherPoleShowsAsTakenWithoutItsOrganisationInTheFeedAndInTheApp() throws Exception {
        ResourceId massicot = owner.db().select(org.coopole.db.Tables.RESOURCE.ID).from(org.coopole.db.Tables.RESOURCE)
                .where(org.coopole.db.Tables.RESOURCE.NAME.eq("Massicot électrique")).fetchOne(org.coopole.db.Tables.RESOURCE.ID);
        PoleId vallee = signInAs(DemoPeople.MANAGER);
        Instant start = java.time.LocalDate.now().plusDays(12).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.TUESDAY)).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant();
        bookings.book(vallee, massicot, start, start.plus(Duration.ofHours(1)), "Coupe du Val");

        PoleId ardeche = signInAs(DemoPeople.OTHER_POLE);
        String feed = feeds.create(ardeche, massicot);
        String body = get(feed).body();
        assertThat(body).contains("Massicot électrique · Membre d’un autre pôle / Another pole's member")
                .doesNotContain("La Ressourcerie du Val", "Coupe du Val");
        assertThat(bookings.busy(ardeche, massicot, start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(2))))
                .anySatisfy(slot -> {
                    assertThat(slot.start()).isEqualTo(start);
                    assertThat(slot.organisationName()).as("taken, by nobody named").isNull();
                    assertThat(slot.purpose()).isNull();
                });
    }

    @Test
    void aCancelledOrDeclinedBookingSaysSoWithAHigherSequenceSoThatCalendarsUpdateIt() throws Exception {
        String name = "Remorque " + UUID.randomUUID().toString().substring(0, 6);
        PoleId vallee = signInAs(DemoPeople.MANAGER);
        ResourceId trailer = resources.share(vallee, new ResourceData(ResourceKind.VEHICLE, name, "", true));
        String ownersFeed = feeds.create(vallee, trailer);

        signInAs(DemoPeople.BROWSER_MEMBER);
        Instant start = Instant.now().plus(Duration.ofDays(11)).truncatedTo(ChronoUnit.HOURS);
        bookings.book(vallee, trailer, start, start.plus(Duration.ofHours(2)), "Déménagement");
        Instant later = start.plus(Duration.ofDays(1));
        bookings.book(vallee, trailer, later, later.plus(Duration.ofHours(2)), "Collecte");
        MyBooking first = mineOn(vallee, name, start);
        assertThat(event(feeds.ics(vallee, first))).contains("STATUS:TENTATIVE", "SEQUENCE:0");

        bookings.cancel(vallee, first.id());
        signInAs(DemoPeople.MANAGER);
        BookingId second = bookings.requestsToDecide(vallee).stream().filter(b -> b.start().equals(later))
                .findFirst().orElseThrow().id();
        bookings.decline(vallee, second, "Remorque en révision");

        String feed = get(ownersFeed).body();
        assertThat(event(feed, "Déménagement")).contains("STATUS:CANCELLED", "SEQUENCE:1");
        assertThat(event(feed, "Collecte")).contains("STATUS:CANCELLED", "SEQUENCE:1");
        signInAs(DemoPeople.BROWSER_MEMBER);
        assertThat(event(feeds.ics(vallee, mineOn(vallee, name, start)))).contains("STATUS:CANCELLED", "SEQUENCE:1")
                .doesNotContain("STATUS:CONFIRMED", "STATUS:TENTATIVE");
    }

    private MyBooking mineOn(PoleId pole, String resourceName, Instant start) {
        return bookings.mine(pole, false, true, 0, 200).stream()
                .filter(b -> b.resourceName().equals(resourceName) && b.start().equals(start))
                .findFirst().orElseThrow();
    }

    /** The lines of the one event of a calendar text, or of the event whose text holds {@code marker}. */
    private static String event(String calendar, String... marker) {
        return java.util.Arrays.stream(calendar.split("BEGIN:VEVENT")).skip(1)
                .filter(e -> marker.length == 0 || e.contains(marker[0]))
                .reduce((a, b) -> { throw new AssertionError("more than one event matches"); })
                .orElseThrow(() -> new AssertionError("no event in " + calendar)).replace("\r\n ", "");
    }

    private HttpResponse<String> get(String token) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feeds/" + token + ".ics"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private PoleId signInAs(String email) {
        signIn.as(email);
        return accounts.me().currentPole().orElseThrow().poleId();
    }
}
