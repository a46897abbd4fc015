package org.coopole.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * People of the demo pole signed in to a running Coopole, each clicking every few seconds through the catalogue,
 * "free from … to …", a resource's page and a booking, as Chromium would: the same UIDL requests (Vaadin's
 * protocol, with the UI's id, its CSRF token, the server's sync id and the client's message id), the components
 * found by the ids the views give them. Each request's time is a click's round trip, server and network.
 *
 * <p>System properties: {@code base} (http://localhost:18096), {@code users} (50), {@code ramp} seconds over which
 * they sign in (60), {@code steady} seconds each goes on clicking after signing in (180).
 */
public class CoopoleJourneys extends Simulation {

    static final String BASE = System.getProperty("base", "http://localhost:18096");
    static final int USERS = Integer.getInteger("users", 50);
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("ramp", 60));
    static final Duration STEADY = Duration.ofSeconds(Long.getLong("steady", 180));
    static final String PASSWORD = "coopole-demo-2026";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The demo pole's people (the demo data's accounts); several sessions may be the same person's. */
    static final List<String> PEOPLE = List.of("camille.martin@lafabrique.example", "hugo.lefevre@lafabrique.example",
            "nadia.benali@ressourcerie-val.example", "louis.garnier@ressourcerie-val.example",
            "karim.haddad@coopbatir.example", "sarah.fontaine@coopbatir.example", "thomas.girard@energies-val.example",
            "ines.roux@atelier-velo.example", "julie.riviere@transports-riviere.example",
            "marc.durand@menuiserie-durand.example", "paul.morel@jardins-vallee.example",
            "elise.chevalier@imprimerie-drome.example", "antoine.blanc@ccvd.example", "claire.mercier@ifr.example",
            "yann.legoff@labo-eco.example");

    static final AtomicInteger BOOKED = new AtomicInteger();
    static final AtomicInteger REFUSED = new AtomicInteger();

    final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) coopole-load")
            .disableCaching();

    /** A component's node id in this UI, by the id its view gives it. */
    static String nodeOf(String elementId) {
        return "\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + elementId + "\"";
    }

    /**
     * One UIDL request of the session's UI, carrying {@code rpc} (a JSON array built from the session), checked as
     * Vaadin's client would: a 200 with the server's next sync id, no application error, no expired session.
     */
    static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> "{\"csrfToken\":\"" + s.getString("key") + "\",\"rpc\":" + rpc.apply(s)
                        + ",\"syncId\":" + s.getInt("syncId") + ",\"clientId\":" + s.getInt("clientId") + "}"))
                .check(status().is(200),
                        regex("\"(appError|sessionExpired)\"").notExists(),
                        jsonPath("$.syncId").ofInt().saveAs("syncId"),
                        jsonPath("$.clientId").ofInt().saveAs("clientId"),
                        responseTimeInMillis().saveAs("took"));
    }

    /** Round trips of the clicks answered, in milliseconds, per action. */
    static final Map<String, java.util.Queue<Integer>> TIMES = new java.util.concurrent.ConcurrentSkipListMap<>();
    /** The same, for the clicks answered once everyone had signed in (10 s after the last sign-in). */
    static final Map<String, java.util.Queue<Integer>> SIGNED_IN = new java.util.concurrent.ConcurrentSkipListMap<>();
    static final long STARTED = System.currentTimeMillis();

    /** A click: its UIDL request, then its round trip kept for the percentiles written at the end. */
    static ChainBuilder click(String name, HttpRequestActionBuilder request) {
        return exec(request).exec(session -> {
            TIMES.computeIfAbsent(name, n -> new java.util.concurrent.ConcurrentLinkedQueue<>()).add(session.getInt("took"));
            if (System.currentTimeMillis() > STARTED + RAMP.toMillis() + 10_000) {
                SIGNED_IN.computeIfAbsent(name, n -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                        .add(session.getInt("took"));
            }
            return session;
        });
    }

    static int node(Session session, String name) {
        return Integer.parseInt(session.getString(name));
    }

    static String navigate(String route, String query) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"link\"}}]";
    }

    static String clickOn(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.altKey\":false,"
                + "\"event.button\":0}}";
    }

    static String valueChange(int node, String value) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value
                + "\"},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"change\",\"data\":{}}";
    }

    /** A period of one or two whole hours on a weekday at least a week ahead, on the pole's clock. */
    static Session choosePeriod(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate day = LocalDate.now(PARIS).plusDays(7 + random.nextInt(120));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        LocalDateTime start = day.atTime(9 + random.nextInt(8), 0);
        LocalDateTime end = start.plusHours(1 + random.nextInt(2));
        return session.set("start", start.toString()).set("end", end.toString());
    }

    final Iterator<Map<String, Object>> accounts = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("email", PEOPLE.get(i % PEOPLE.size()))).iterator();

    final ChainBuilder signIn = exec(
            http("sign-in page").get("/login")
                    .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")),
            http("sign in").post("/login")
                    .formParam("_csrf", "#{csrf}").formParam("username", "#{email}").formParam("password", PASSWORD)
                    .check(status().is(200), currentLocationRegex("login").notExists()),
            http("home: init").get("/?v-r=init&location=&query=&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900"
                            + "&v-bw=1280&v-curdate=#{now}&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false"
                            + "&v-tzid=Europe%2FParis&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
                            + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED"
                            + "&v-wla=SUPPORTED&v-ws=false")
                    .check(jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                            jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("key"),
                            jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId")))
            .exec(session -> session.set("clientId", 0))
            .exec(click("home", uidl("home", s -> navigate("", ""))));

    final ChainBuilder journey = exec(click("catalogue", uidl("catalogue", s -> navigate("resources", ""))
                    .check(regex(nodeOf("catalogue-free-from")).saveAs("freeFrom"),
                            regex(nodeOf("catalogue-free-search")).saveAs("freeSearch"),
                            regex("\"href\",\"feat\":3,\"value\":\"resources/([0-9a-f-]{36})\"").findRandom()
                                    .saveAs("resource"))))
            .exec(session -> choosePeriod(session))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(click("free: period", uidl("free: period",
                    s -> "[" + valueChange(node(s, "freeFrom"), s.getString("start")) + "]")))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .exec(click("free: search", uidl("free: search", s -> "[" + clickOn(node(s, "freeSearch")) + "]")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(click("resource page", uidl("resource page", s -> navigate("resources/" + s.getString("resource"),
                    "from=" + s.getString("start") + "&to=" + s.getString("end")))
                    .check(regex(nodeOf("resource-book")).saveAs("book"))))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(click("book: dialog", uidl("book: dialog", s -> "[" + clickOn(node(s, "book")) + "]")
                    .check(regex(nodeOf("booking-purpose")).saveAs("purpose"),
                            regex(nodeOf("booking-confirm")).saveAs("confirm"))))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(click("book: confirm", uidl("book: confirm", s -> "[" + valueChange(node(s, "purpose"),
                    "Atelier de charge") + "," + clickOn(node(s, "confirm")) + "]")
                    .check(bodyString().saveAs("answer"))))
            .exec(session -> {
                // a booking made shows a notification themed "success"; a taken slot or a rule explains itself
                if (session.getString("answer").contains("\"key\":\"theme\",\"feat\":3,\"value\":\"success\"")) {
                    BOOKED.incrementAndGet();
                } else {
                    REFUSED.incrementAndGet();
                    if (Boolean.getBoolean("explain")) {
                        var why = java.util.regex.Pattern.compile("\"(?:errorMessage|text)\",\"feat\":1,\"value\":\"([^\"]+)\"")
                                .matcher(session.getString("answer"));
                        System.out.println("refused: " + (why.find() ? why.group(1) : session.getString("answer")));
                    }
                }
                return session.remove("answer");
            })
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5));

    final ScenarioBuilder poleMembers = scenario("People of the pole")
            .feed(accounts)
            .exec(session -> session.set("now", System.currentTimeMillis()))
            .exec(signIn)
            .exitHereIfFailed()
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            // a failed step ends that round; the next starts again from the catalogue
            .during(STEADY).on(exitBlockOnFail().on(journey));

    {
        setUp(poleMembers.injectOpen(rampUsers(USERS).during(RAMP))).protocols(protocol);
    }

    @Override
    public void after() {
        StringBuilder out = new StringBuilder("action\tanswered\tp50_ms\tp95_ms\tp99_ms\tmax_ms\n");
        List<Integer> all = new java.util.ArrayList<>();
        TIMES.forEach((name, times) -> {
            List<Integer> sorted = times.stream().sorted().toList();
            all.addAll(sorted);
            out.append(row(name, sorted));
        });
        out.append(row("every click", all.stream().sorted().toList()));
        out.append(row("every click once all had signed in",
                SIGNED_IN.values().stream().flatMap(java.util.Collection::stream).sorted().toList()));
        out.append("bookings made\t").append(BOOKED.get()).append("\n");
        out.append("bookings refused (slot taken or a rule)\t").append(REFUSED.get()).append("\n");
        System.out.print(out);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("out", "target/clicks.tsv")),
                    out.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String row(String name, List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return name + "\t0\t\t\t\t\n";
        }
        return name + "\t" + sorted.size() + "\t" + at(sorted, 50) + "\t" + at(sorted, 95) + "\t" + at(sorted, 99)
                + "\t" + sorted.getLast() + "\n";
    }

    /** The nearest-rank percentile. */
    static int at(List<Integer> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
