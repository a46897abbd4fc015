package org.coopole.api;

import org.coopole.CoopoleTest;
import org.coopole.DemoPeople;
import org.coopole.Owner;
import org.coopole.SignIn;
import org.coopole.booking.BookingService;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.resource.RateUnit;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceDetails;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.coopole.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopole.db.Tables.RESOURCE;

/**
 * The public catalogue and the API, called as an outside client would: over HTTP, with and without a personal token,
 * with other poles' ids, odd input, a repeated GET and too many requests.
 */
@CoopoleTest
class PublicApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PublicationService publication;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ResourceService resources;
    @Autowired
    BookingService bookings;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    Owner owner;

    final HttpClient http = HttpClient.newHttpClient();
    PoleId vallee;
    PoleId ardeche;
    Instant monday;

    @BeforeEach
    void setUp() {
        signIn.as(DemoPeople.OTHER_POLE);
        ardeche = accounts.me().currentPole().orElseThrow().poleId();
        signIn.as(DemoPeople.ANIMATOR);
        vallee = accounts.me().currentPole().orElseThrow().poleId();
        monday = Instant.now().plus(Duration.ofDays(11)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(8));
    }

    @AfterEach
    void unpublish() {
        signIn.as(DemoPeople.ANIMATOR);
        publication.save(vallee, new PublicationSettings(false, false, false, Set.of()));
        signIn.out();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private ResourceId share(String name, int rateCents) {
        signIn.as(DemoPeople.MANAGER);
        ResourceId id = resources.share(vallee, new ResourceData(ResourceKind.EQUIPMENT, name, "Bien entretenu", false));
        resources.setDetails(vallee, id, new ResourceDetails("", 4, "", List.of(), RateUnit.HOUR, rateCents));
        return id;
    }

    @Test
    void aCatalogueIsPublicOnlyOnceItsAnimatorsPublishItAndShowsWhatTheyChoseNeverWhoNorWhy() throws Exception {
        ResourceId kiln = share("Four à céramique", 1_500);
        ResourceId lathe = share("Tour à bois", 800);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        bookings.book(vallee, kiln, monday, monday.plus(Duration.ofHours(2)), "Cuisson des bols de Karim");

        assertThat(get("/api/v1/public/poles/" + vallee.value() + "/resources").statusCode()).isEqualTo(404);
        assertThat(get("/public/poles/" + vallee.value() + "/catalogue").statusCode()).isEqualTo(404);

        signIn.as(DemoPeople.MANAGER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publication.save(vallee,
                new PublicationSettings(true, true, true, Set.of(kiln))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn.as(DemoPeople.ANIMATOR);
        publication.save(vallee, new PublicationSettings(true, true, true, Set.of(kiln, lathe)));

        var listed = get("/api/v1/public/poles/" + vallee.value() + "/resources?size=1");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"hasMore\":true").contains("\"rateCents\"");
        var all = get("/api/v1/public/poles/" + vallee.value() + "/resources?kind=EQUIPMENT&size=100");
        assertThat(all.body()).contains("Four à céramique", "Tour à bois", "1500", "\"id\":\"" + kiln.value() + "\"")
                .doesNotContain("Karim", "Cuisson", "Camionnette");
        var busy = get("/api/v1/public/poles/" + vallee.value() + "/resources/" + kiln.value() + "/busy?from="
                + monday.minus(Duration.ofDays(1)) + "&to=" + monday.plus(Duration.ofDays(1)));
        assertThat(busy.statusCode()).isEqualTo(200);
        assertThat(busy.body()).contains(monday.toString().replace(":00Z", "")).doesNotContain("Karim", "Cuisson");
        assertThat(get("/api/v1/public/poles/" + vallee.value() + "/resources/" + kiln.value() + "/busy?from="
                + monday + "&to=" + monday.plus(Duration.ofDays(90))).statusCode()).isEqualTo(422);

        var page = get("/public/poles/" + vallee.value() + "/catalogue?lang=en&header=0");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *");
        assertThat(page.body()).contains("Four à céramique", "Request this resource", "/resources/" + kiln.value(),
                        "coopole-public-catalogue.js").doesNotContain("Karim", "<h1>");

        // rates hidden: none in the answer
        publication.save(vallee, new PublicationSettings(true, false, false, Set.of(kiln)));
        var noRates = get("/api/v1/public/poles/" + vallee.value() + "/resources");
        assertThat(noRates.body()).contains("Four à céramique").doesNotContain("Tour à bois")
                .contains("\"rateCents\":null");
        assertThat(get("/api/v1/public/poles/" + vallee.value() + "/resources/" + kiln.value() + "/busy?from="
                + monday + "&to=" + monday.plus(Duration.ofDays(1))).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherPolesUnpublishedCatalogueAndOddIdsAreRefusedAsNotFoundOrBadRequest() throws Exception {
        signIn.as(DemoPeople.ANIMATOR);
        publication.save(vallee, new PublicationSettings(true, false, true, Set.of()));
        assertThat(get("/api/v1/public/poles/" + ardeche.value() + "/resources").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/public/poles/" + java.util.UUID.randomUUID() + "/resources").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/public/poles/not-a-uuid/resources").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/public/poles/" + vallee.value() + "/resources?kind=ROCKET").statusCode())
                .isEqualTo(400);
        // a resource of another pole, asked through this pole's published catalogue
        ResourceId cold = owner.db().select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.NAME.eq("Chambre froide"))
                .fetchOne(RESOURCE.ID);
        assertThat(get("/api/v1/public/poles/" + vallee.value() + "/resources/" + cold.value() + "/busy?from="
                + monday + "&to=" + monday.plus(Duration.ofDays(1))).statusCode()).isEqualTo(404);
        assertThat(get("/public/poles/" + ardeche.value() + "/catalogue").statusCode()).isEqualTo(404);
        assertThat(get("/public/poles/%3Cscript%3E/catalogue").body()).doesNotContain("<script>alert");
    }

    @Test
    void aPersonalTokenReadsAndBooksAsItsPersonUnderEveryRuleWithPagesETagsAndItsScope() throws Exception {
        ResourceId press = share("Presse hydraulique", 0);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        String reader = tokens.create("Tableur", ApiScope.READ).secret();
        NewApiToken writerToken = tokens.create("Site de la coop", ApiScope.READ_WRITE);
        String writer = writerToken.secret();
        signIn.out();

        assertThat(get("/api/v1/me/bookings").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me/bookings", "Authorization", "Bearer cpl_not-a-token").statusCode()).isEqualTo(401);

        String booking = "{\"resourceId\":\"" + press.value() + "\",\"start\":\"" + monday + "\",\"end\":\""
                + monday.plus(Duration.ofHours(1)) + "\",\"purpose\":\"Pressage\"}";
        assertThat(post("/api/v1/me/bookings", booking, reader).statusCode()).as("a read token").isEqualTo(403);
        var made = post("/api/v1/me/bookings", booking, writer);
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(made.body()).contains("CONFIRMED");
        var again = post("/api/v1/me/bookings", booking, writer);
        assertThat(again.statusCode()).isEqualTo(409);
        var backwards = post("/api/v1/me/bookings", "{\"resourceId\":\"" + press.value() + "\",\"start\":\""
                + monday.plus(Duration.ofHours(3)) + "\",\"end\":\"" + monday.plus(Duration.ofHours(2)) + "\"}", writer);
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("\"field\":\"end\"", "booking.end-before-start");
        assertThat(post("/api/v1/me/bookings", "{not json", writer).statusCode()).isEqualTo(400);
        // another pole's resource, through this person's pole
        ResourceId cold = owner.db().select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.NAME.eq("Chambre froide"))
                .fetchOne(RESOURCE.ID);
        assertThat(post("/api/v1/me/bookings", booking.replace(press.value().toString(), cold.value().toString()),
                writer).statusCode()).isEqualTo(404);

        var mine = get("/api/v1/me/bookings?size=1", "Authorization", "Bearer " + reader);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("\"size\":1");
        String etag = mine.headers().firstValue("ETag").orElseThrow();
        var unchanged = get("/api/v1/me/bookings?size=1", "Authorization", "Bearer " + reader, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        var all = get("/api/v1/me/bookings?size=100", "Authorization", "Bearer " + reader);
        assertThat(all.body()).contains("Presse hydraulique", "Pressage");
        assertThat(get("/api/v1/me", "Authorization", "Bearer " + reader).body()).contains("Karim", vallee.value()
                .toString());

        signIn.as(DemoPeople.MANAGER); // nobody revokes another person's token
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(writerToken.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn.as(DemoPeople.BROWSER_MEMBER);
        tokens.revoke(writerToken.id());
        signIn.out();
        assertThat(post("/api/v1/me/bookings", booking, writer).statusCode()).isEqualTo(401);
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocumentGeneratedFromTheCode() throws Exception {
        var described = get("/v3/api-docs");
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(described.body()).contains("\"/api/v1/me/bookings\"", "\"/api/v1/public/poles/{poleId}/resources\"",
                "\"bearer\"", "Coopole API");
    }

    @Test
    void tooManyRequestsOfOneTokenAreRefusedForAMinute() throws Exception {
        signIn.as(DemoPeople.MEMBER);
        String token = tokens.create("Robot", ApiScope.READ).secret();
        signIn.out();
        int refused = 0;
        for (int i = 0; i < 301; i++) {
            var answer = get("/api/v1/me", "Authorization", "Bearer " + token);
            if (answer.statusCode() == 429) {
                refused++;
                assertThat(answer.headers().firstValue("Retry-After")).contains("60");
            }
        }
        assertThat(refused).isEqualTo(1);
    }
}
