package org.coopole.bench;

import org.coopole.Application;
import org.coopole.booking.BookingService;
import org.coopole.booking.SlotTaken;
import org.coopole.common.PoleId;
import org.coopole.common.ResourceId;
import org.coopole.database.OwnerConnections;
import org.coopole.security.Roles;
import org.coopole.security.SignedInPerson;
import org.coopole.resource.CatalogueQuery;
import org.coopole.resource.ResourceData;
import org.coopole.resource.ResourceKind;
import org.coopole.resource.ResourceService;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.authority.AuthorityUtils;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures, at the service layer and on this machine, what the booking issue asks for: "free from … to …" over
 * one pole's catalogue (and the same SQL run straight in PostgreSQL, with its plan), a resource's month
 * calendar, and booking throughput with 8 concurrent clients against plain JDBC inserts into the same table.
 * Run it with {@code bench/run.sh}; the data (bench/generate.sql) is made once and kept in /tmp/coopole-bench.
 */
public final class BookingBenchmark {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int WARM_UP = 1000;
    static final int RUNS = 2000;
    static final int CLIENTS = 8;
    static final int BOOKINGS_PER_CLIENT = 500;

    /** The last SQL the application ran through jOOQ, with its bind values (for the "straight" comparison). */
    static final AtomicReference<ExecuteContext> LAST = new AtomicReference<>();
    static volatile boolean recording;
    /** With -Dcoopole.bench.profile=true: time spent per SQL statement during the service's bookings. */
    static volatile boolean profiling;
    static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder[]> PROFILE =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final ThreadLocal<Long> STARTED = new ThreadLocal<>();

    @Configuration
    static class Recording {
        @Bean
        DefaultExecuteListenerProvider lastQuery() {
            return new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    if (recording) {
                        LAST.set(ctx);
                    }
                    if (profiling) {
                        STARTED.set(System.nanoTime());
                    }
                }

                @Override
                public void executeEnd(ExecuteContext ctx) {
                    if (profiling && STARTED.get() != null) {
                        String sql = ctx.sql() == null ? "?" : ctx.sql();
                        var slot = PROFILE.computeIfAbsent(sql.substring(0, Math.min(150, sql.length())),
                                k -> new java.util.concurrent.atomic.LongAdder[] {
                                        new java.util.concurrent.atomic.LongAdder(),
                                        new java.util.concurrent.atomic.LongAdder()});
                        slot[0].add(System.nanoTime() - STARTED.get());
                        slot[1].increment();
                    }
                }
            });
        }
    }

    private final ConfigurableApplicationContext context;
    private final StringBuilder report = new StringBuilder();

    private BookingBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static void main(String[] args) throws Exception {
        // command-line arguments outrank application.properties (its server.port=${PORT:8080}, among others)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, Recording.class)
                .run("--server.port=0", "--coopole.demo.enabled=false",
                        "--coopole.embedded-database.data-directory=" + System.getProperty("coopole.bench.dir",
                                "/tmp/coopole-bench") + "/postgres",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            new BookingBenchmark(context).run();
        } finally {
            context.close();
        }
    }

    private void run() throws Exception {
        // the owner's start-up connections are closed by now: connect as an administrator would, with its password
        DataSource owner = OwnerConnections.owner(context);
        generateOnce(owner);
        line("# Booking benchmark, %s", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        line("");
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            line("Data: %s poles, %s resources, %s bookings (%s live); PostgreSQL %s; %d cores; Java %s.",
                    count(s, "pole"), count(s, "resource"), count(s, "booking"),
                    scalar(s, "SELECT count(*) FROM booking WHERE status IN ('REQUESTED', 'CONFIRMED')"),
                    scalar(s, "SHOW server_version"), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
        }
        line("");
        String only = System.getProperty("coopole.bench.only", "all");
        if (only.equals("all") || only.equals("free")) {
            freeFromTo(owner);
        }
        if (only.equals("all") || only.equals("month")) {
            monthCalendar(owner);
        }
        if (only.equals("all") || only.equals("throughput")) {
            throughput(owner);
        }
        Path out = Path.of("bench", "results.md");
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private void generateOnce(DataSource owner) throws Exception {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            if (Long.parseLong(scalar(s, "SELECT count(*) FROM pole WHERE territory = 'Banc d''essai'")) > 0) {
                s.execute("UPDATE person SET password_hash = '{bench}unusable' "
                        + "WHERE email LIKE 'bench-%@bench.example' AND password_hash IS NULL");
                return;
            }
            System.out.println("Generating the benchmark data (several minutes, once)…");
            long started = System.nanoTime();
            s.execute(Files.readString(Path.of("bench", "generate.sql")));
            System.out.printf("Generated in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    private void freeFromTo(DataSource owner) throws Exception {
        ResourceService resources = context.getBean(ResourceService.class);
        Member member = member(owner, 17);
        signIn(member);
        Random random = new Random(42);
        List<CatalogueQuery> windows = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            Instant start = LocalDate.now(PARIS).plusDays(1 + random.nextInt(60)).atTime(8 + random.nextInt(10), 0)
                    .atZone(PARIS).toInstant();
            windows.add(new CatalogueQuery(null, "", null, null, start, start.plus(Duration.ofHours(2))));
        }
        int[] found = new int[1];

        // the very SQL the service runs, captured once, is run straight over JDBC as the application's role, in the
        // same context; the two alternate window by window, so that both meet the same moments of the machine
        recording = true;
        resources.catalogue(member.pole(), windows.getLast());
        recording = false;
        ExecuteContext last = LAST.get();
        String sql = last.sql();
        List<Object> binds = last.query().getBindValues();
        DataSource app = context.getBean(DataSource.class);
        long[] times;
        long[] straight;
        String plan;
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            enterContext(c, member.person());
            long[][] both = timeAlternately(windows,
                    q -> found[0] += resources.catalogue(member.pole(), q).size(),
                    q -> {
                        try (PreparedStatement p = c.prepareStatement(sql)) {
                            bind(p, binds, q);
                            try (ResultSet rs = p.executeQuery()) {
                                int columns = rs.getMetaData().getColumnCount();
                                while (rs.next()) {
                                    for (int column = 1; column <= columns; column++) {
                                        rs.getString(column);
                                    }
                                }
                            }
                        }
                    });
            times = both[0];
            straight = both[1];
            plan = plan(c, sql, binds);
            // resource_is_free() runs as a function (its sub-select keeps PostgreSQL from inlining it): its own plan
            CatalogueQuery window = windows.getLast();
            plan += "\n-- inside resource_is_free(), for one resource of the pole:\n" + plan(c,
                    "SELECT NOT EXISTS (SELECT FROM (SELECT b.starts_at FROM booking b WHERE b.resource_id = ? "
                            + "AND b.status IN ('REQUESTED', 'CONFIRMED') AND b.ends_at > ? ORDER BY b.ends_at LIMIT 1) "
                            + "first_ending_after WHERE first_ending_after.starts_at < ?)", // as in V0023
                    List.of(firstResource(owner, member.pole()), window.freeFrom().atOffset(java.time.ZoneOffset.UTC),
                            window.freeTo().atOffset(java.time.ZoneOffset.UTC)));
            c.rollback();
        }
        line("## \"Free from … to …\" over one pole's catalogue (50 resources, 2-hour windows in the next 60 days)");
        line("");
        line("| | p50 | p95 | mean |");
        line("|---|---|---|---|");
        line("| service (`ResourceService.catalogue`) | %s | %s | %s |", ms(times, 50), ms(times, 95), mean(times));
        line("| same SQL straight over JDBC | %s | %s | %s |", ms(straight, 50), ms(straight, 95), mean(straight));
        line("");
        line("Service / straight at p95: %.2f×. On average %.1f resources free per window.",
                pct(times, 95) / pct(straight, 95), found[0] / (double) (WARM_UP + RUNS));
        line("");
        line("Plan of the straight query (EXPLAIN ANALYZE, BUFFERS):");
        line("");
        line("```");
        report.append(plan);
        line("```");
        line("");
    }

    private static UUID firstResource(DataSource owner, PoleId pole) throws Exception {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT resource_id FROM resource_pole WHERE pole_id = ? ORDER BY resource_id LIMIT 1")) {
            p.setObject(1, pole.value());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        }
    }

    private void monthCalendar(DataSource owner) throws Exception {
        BookingService bookings = context.getBean(BookingService.class);
        Member member = member(owner, 42);
        signIn(member);
        List<ResourceId> resources;
        try (Connection c = owner.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT resource_id FROM resource_pole WHERE pole_id = ? ORDER BY resource_id")) {
            p.setObject(1, member.pole().value());
            resources = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    resources.add(new ResourceId((UUID) rs.getObject(1)));
                }
            }
        }
        Random random = new Random(7);
        List<Object[]> months = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            LocalDate first = LocalDate.now(PARIS).withDayOfMonth(1).plusMonths(random.nextInt(13) - 6);
            months.add(new Object[] {resources.get(random.nextInt(resources.size())),
                    first.atStartOfDay(PARIS).toInstant(), first.plusMonths(1).atStartOfDay(PARIS).toInstant()});
        }
        int[] slots = new int[1];
        long[] times = time(months, m -> slots[0] += bookings.busy(member.pole(), (ResourceId) m[0], (Instant) m[1],
                (Instant) m[2]).size());
        recording = true;
        Object[] one = months.getLast();
        bookings.busy(member.pole(), (ResourceId) one[0], (Instant) one[1], (Instant) one[2]);
        recording = false;
        String plan;
        try (Connection c = context.getBean(DataSource.class).getConnection()) {
            c.setAutoCommit(false);
            enterContext(c, member.person());
            plan = plan(c, LAST.get().sql(), LAST.get().query().getBindValues());
            c.rollback();
        }
        line("## A resource's month calendar (`BookingService.busy`, random resource and month within ±6 months)");
        line("");
        line("| | p50 | p95 | mean |");
        line("|---|---|---|---|");
        line("| service | %s | %s | %s |", ms(times, 50), ms(times, 95), mean(times));
        line("");
        line("On average %.1f busy slots a month. Plan:", slots[0] / (double) (WARM_UP + RUNS));
        line("");
        line("```");
        report.append(plan);
        line("```");
        line("");
    }

    private void throughput(DataSource owner) throws Exception {
        BookingService bookings = context.getBean(BookingService.class);
        ResourceService resourceService = context.getBean(ResourceService.class);
        // each client books, as a member of its own pole, fresh resources of that pole: no conflicts between them
        List<Member> clients = new ArrayList<>();
        List<List<ResourceId>> rooms = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Member manager = manager(owner, 100 + i);
            signIn(manager);
            List<ResourceId> own = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                own.add(resourceService.share(manager.pole(), new ResourceData(ResourceKind.EQUIPMENT,
                        "Banc " + UUID.randomUUID(), "", false)));
            }
            rooms.add(own);
            clients.add(member(owner, 100 + i));
        }
        Instant base = LocalDate.now(PARIS).plusDays(2).atStartOfDay(PARIS).toInstant();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        // a first round, not measured, so that the JIT has compiled the booking path (as JMH's warm-up would)
        serviceBookings(pool, bookings, clients, rooms, base.plus(Duration.ofDays(20)));
        profiling = Boolean.getBoolean("coopole.bench.profile");
        boolean statements = Boolean.getBoolean("coopole.bench.statements");
        if (statements) {
            statementsReset(OwnerConnections.superuser(context));
        }
        double serviceRate = serviceBookings(pool, bookings, clients, rooms, base);
        if (statements) {
            printStatements(OwnerConnections.superuser(context), CLIENTS * BOOKINGS_PER_CLIENT);
        }
        if (profiling) {
            profiling = false;
            int bookedTotal = CLIENTS * BOOKINGS_PER_CLIENT;
            PROFILE.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0].sum(), a.getValue()[0].sum()))
                    .limit(15).forEach(e -> System.out.printf(Locale.ROOT, "%8.2f ms/booking %6.2f calls/booking  %s%n",
                            e.getValue()[0].sum() / 1e6 / bookedTotal, e.getValue()[1].sum() / (double) bookedTotal,
                            e.getKey()));
        }

        // plain JDBC: the same number of single-row inserts (autocommit) into the same table, as the owner role,
        // after a first round of its own
        jdbcInserts(pool, owner, clients, rooms, base.plus(Duration.ofDays(100)), false);
        double plainRate = jdbcInserts(pool, owner, clients, rooms, base.plus(Duration.ofDays(40)), false);
        // the same inserts as the application's role, each in its own transaction with its row-security context:
        // what isolation in the database costs by itself
        double isolatedRate = jdbcInserts(pool, context.getBean(DataSource.class), clients, rooms,
                base.plus(Duration.ofDays(80)), true);
        // a prototype, never part of Coopole: the whole booking in one database call (context, rules, insert,
        // notification rows), to measure what moving the booking into the database could reach at best
        double oneCallRate = oneCallBookings(pool, owner, context.getBean(DataSource.class), clients, rooms,
                base.plus(Duration.ofDays(120)));
        pool.shutdown();
        line("## Booking throughput, %d concurrent clients, %d bookings each", CLIENTS, BOOKINGS_PER_CLIENT);
        line("");
        line("| | bookings/s |");
        line("|---|---|");
        line("| `BookingService.book` (rules, row security, constraint, notifications) | %.0f |", serviceRate);
        line("| plain JDBC single-row inserts into `booking` (autocommit, owner role) | %.0f |", plainRate);
        line("| JDBC as the application's role: `enter_context` + insert + commit, row security on | %.0f |",
                isolatedRate);
        line("| prototype only: the whole booking in one database call (`bench_book`, below), autocommit | %.0f |",
                oneCallRate);
        line("");
        line("Service / plain JDBC: %.0f %%; isolated JDBC / plain JDBC: %.0f %%; one call / plain JDBC: %.0f %%.",
                100 * serviceRate / plainRate, 100 * isolatedRate / plainRate, 100 * oneCallRate / plainRate);
        line("");
        line("`bench_book` (created for the run, then dropped) enters the person's context, reads the resource's "
                + "rules, opening hours and closures, checks length, notice, horizon, opening hours and closures, "
                + "inserts the booking and the notification rows for the owner's managers: what a booking could "
                + "cost if its rules moved from Java into the database.");
        line("");
    }

    /**
     * PostgreSQL's own time per statement (pg_stat_statements, which the data directory's configuration must preload:
     * see bench/README.md), counted from here on.
     */
    private static void statementsReset(DataSource owner) throws Exception {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Prints the statements PostgreSQL ran since {@link #statementsReset}, per booking, the costliest first. */
    private static void printStatements(DataSource owner, int booked) throws Exception {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT calls, total_exec_time, total_plan_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)
                     FROM pg_stat_statements WHERE toplevel ORDER BY total_exec_time + total_plan_time DESC LIMIT 25""")) {
            double total = 0;
            StringBuilder lines = new StringBuilder();
            while (rs.next()) {
                double ms = rs.getDouble(2) + rs.getDouble(3);
                total += ms;
                lines.append(String.format(Locale.ROOT, "%8.3f ms/booking %6.2f calls/booking  %s%n", ms / booked,
                        rs.getLong(1) / (double) booked, rs.getString(4)));
            }
            System.out.print(lines);
            System.out.printf(Locale.ROOT, "%8.3f ms/booking in PostgreSQL for these statements%n", total / booked);
        }
    }

    /** Books, through the service from {@code CLIENTS} threads, one-hour slots from {@code from} on; bookings/s. */
    private double serviceBookings(ExecutorService pool, BookingService bookings, List<Member> clients,
                                   List<List<ResourceId>> rooms, Instant from) throws Exception {
        return perSecond(pool, clients, rooms, (client, own) -> {
            signIn(client);
            for (int n = 0; n < BOOKINGS_PER_CLIENT; n++) {
                Instant start = from.plus(Duration.ofHours(n / own.size()));
                try {
                    bookings.book(client.pole(), own.get(n % own.size()), start, start.plus(Duration.ofHours(1)),
                            "Banc d'essai");
                } catch (SlotTaken e) {
                    throw new IllegalStateException("no conflict was expected", e);
                }
            }
            return BOOKINGS_PER_CLIENT;
        });
    }

    /** One client's part of a round: what it makes with its own resources, and how many it made. */
    interface ClientRound {
        int run(Member client, List<ResourceId> own) throws Exception;
    }

    /** Runs a round for all {@code CLIENTS} at once, each in its own thread; how many were made per second. */
    private static double perSecond(ExecutorService pool, List<Member> clients, List<List<ResourceId>> rooms,
                                    ClientRound round) throws Exception {
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Member client = clients.get(i);
            List<ResourceId> own = rooms.get(i);
            work.add(() -> round.run(client, own));
        }
        long started = System.nanoTime();
        int made = 0;
        for (Future<Integer> f : pool.invokeAll(work)) {
            made += f.get();
        }
        return made / ((System.nanoTime() - started) / 1e9);
    }

    /** The prototype's function: the booking's whole work in one call, as the application's role (row security on). */
    private static final String BENCH_BOOK = """
            CREATE OR REPLACE FUNCTION bench_book(acting_person uuid, pole uuid, resource uuid, starts timestamptz,
                                                  ends timestamptz, purpose text) RETURNS uuid
                LANGUAGE plpgsql VOLATILE
            AS $$
            DECLARE
                r record;
                zone text;
                local_start timestamp;
                local_end timestamp;
                booked uuid;
            BEGIN
                PERFORM enter_context(acting_person, NULL);
                SELECT res.id, res.organisation_id, res.approval_required, res.min_minutes, res.max_minutes,
                       res.lead_minutes, res.horizon_days, p.time_zone
                  INTO r
                  FROM resource res JOIN resource_pole rp ON rp.resource_id = res.id JOIN pole p ON p.id = rp.pole_id
                 WHERE res.id = resource AND rp.pole_id = pole AND res.status = 'ACTIVE';
                IF NOT FOUND THEN RAISE EXCEPTION 'unknown resource'; END IF;
                IF extract(epoch FROM ends - starts) / 60 NOT BETWEEN r.min_minutes AND r.max_minutes
                   OR starts < now() + make_interval(mins => r.lead_minutes)
                   OR ends > now() + make_interval(days => r.horizon_days) THEN
                    RAISE EXCEPTION 'rules';
                END IF;
                zone := r.time_zone;
                local_start := starts AT TIME ZONE zone;
                local_end := ends AT TIME ZONE zone;
                IF EXISTS (SELECT FROM resource_opening o WHERE o.resource_id = resource)
                   AND NOT EXISTS (SELECT FROM resource_opening o WHERE o.resource_id = resource
                                      AND o.weekday = extract(isodow FROM local_start)
                                      AND o.opens <= local_start::time AND o.closes >= local_end::time) THEN
                    RAISE EXCEPTION 'closed';
                END IF;
                IF EXISTS (SELECT FROM resource_closure c WHERE c.resource_id = resource
                              AND c.first_day <= local_end::date AND c.last_day >= local_start::date) THEN
                    RAISE EXCEPTION 'closure';
                END IF;
                INSERT INTO booking (resource_id, pole_id, organisation_id, person_id, period, purpose, status)
                VALUES (resource, pole, current_organisation_id(), acting_person, tstzrange(starts, ends), purpose,
                        CASE WHEN r.approval_required THEN 'REQUESTED' ELSE 'CONFIRMED' END)
                RETURNING id INTO booked;
                INSERT INTO notification (pole_id, person_id, booking_id, kind, subject_kind, subject_id, actor_id)
                SELECT DISTINCT pole, p.id, booked, 'BOOKING_MADE', 'BOOKING', booked, acting_person
                  FROM person p JOIN pole_role pr ON pr.person_id = p.id AND pr.pole_id = pole
                                                 AND pr.role = 'ORGANISATION_MANAGER'
                 WHERE p.organisation_id = r.organisation_id AND p.active AND p.id <> acting_person;
                RETURN booked;
            END
            $$""";

    /** Books through {@code bench_book}, one call per booking in autocommit, from {@code CLIENTS} threads. */
    private static double oneCallBookings(ExecutorService pool, DataSource owner, DataSource app, List<Member> clients,
                                          List<List<ResourceId>> rooms, Instant from) throws Exception {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute(BENCH_BOOK);
        }
        try {
            return perSecond(pool, clients, rooms, (client, own) -> {
                int done = 0;
                try (Connection c = app.getConnection();
                     PreparedStatement p = c.prepareStatement("SELECT bench_book(?, ?, ?, ?, ?, ?)")) {
                    c.setAutoCommit(true);
                    for (int n = 0; n < BOOKINGS_PER_CLIENT; n++) {
                        Instant start = from.plus(Duration.ofHours(n / own.size()));
                        p.setObject(1, client.person());
                        p.setObject(2, client.pole().value());
                        p.setObject(3, own.get(n % own.size()).value());
                        p.setTimestamp(4, Timestamp.from(start));
                        p.setTimestamp(5, Timestamp.from(start.plus(Duration.ofHours(1))));
                        p.setString(6, "Banc d'essai");
                        try (ResultSet rs = p.executeQuery()) {
                            done += rs.next() ? 1 : 0;
                        }
                    }
                }
                return done;
            });
        } finally {
            try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP FUNCTION bench_book(uuid, uuid, uuid, timestamptz, timestamptz, text)");
            }
        }
    }

    /**
     * Inserts, over JDBC from {@code CLIENTS} threads, as many one-hour bookings as the service made, from
     * {@code from} on; with {@code isolated}, each in its own transaction after {@code enter_context}. Inserts/s.
     */
    private static double jdbcInserts(ExecutorService pool, DataSource source, List<Member> clients,
                                      List<List<ResourceId>> rooms, Instant from, boolean isolated) throws Exception {
        return perSecond(pool, clients, rooms, (client, own) -> {
            int done = 0;
            try (Connection c = source.getConnection(); PreparedStatement p = c.prepareStatement(
                    "INSERT INTO booking (resource_id, pole_id, organisation_id, person_id, period, status) "
                            + "VALUES (?, ?, ?, ?, tstzrange(?, ?), 'CONFIRMED')")) {
                c.setAutoCommit(!isolated);
                for (int n = 0; n < BOOKINGS_PER_CLIENT; n++) {
                    Instant start = from.plus(Duration.ofHours(n / own.size()));
                    if (isolated) {
                        enterContext(c, client.person());
                    }
                    p.setObject(1, own.get(n % own.size()).value());
                    p.setObject(2, client.pole().value());
                    p.setObject(3, client.organisation());
                    p.setObject(4, client.person());
                    p.setTimestamp(5, Timestamp.from(start));
                    p.setTimestamp(6, Timestamp.from(start.plus(Duration.ofHours(1))));
                    done += p.executeUpdate();
                    if (isolated) {
                        c.commit();
                    }
                }
            }
            return done;
        });
    }

    record Member(String email, PoleId pole, UUID person, UUID organisation) {
    }

    private static Member member(DataSource owner, int pole) throws Exception {
        return person(owner, "bench-" + pole + "-3-member@bench.example");
    }

    private static Member manager(DataSource owner, int pole) throws Exception {
        return person(owner, "bench-" + pole + "-1-manager@bench.example");
    }

    private static Member person(DataSource owner, String email) throws Exception {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT id, current_pole_id, organisation_id FROM person WHERE email = ?")) {
            p.setString(1, email);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new Member(email, new PoleId((UUID) rs.getObject(2)), (UUID) rs.getObject(1),
                        (UUID) rs.getObject(3));
            }
        }
    }

    /** Signs the generated person in on this thread, as the sign-in form would (they have no usable password). */
    private static void signIn(Member member) {
        var authorities = AuthorityUtils.createAuthorityList("ROLE_" + Roles.USER);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(member.person().toString(), java.time.Instant.now(), authorities), null,
                authorities));
    }

    private static void enterContext(Connection c, UUID person) throws Exception {
        try (PreparedStatement p = c.prepareStatement("SELECT enter_context(?, NULL)")) {
            p.setObject(1, person);
            p.executeQuery().close();
        }
    }

    /** Binds the recorded values, with this window's start and end in place of the recorded ones. */
    private static void bind(PreparedStatement p, List<Object> binds, CatalogueQuery window) throws Exception {
        Object[] values = binds.toArray();
        List<java.time.OffsetDateTime> instants = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof java.time.OffsetDateTime t) {
                instants.add(t);
            }
        }
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof java.time.OffsetDateTime t && !instants.isEmpty()) {
                v = t.equals(instants.getFirst()) ? window.freeFrom().atOffset(java.time.ZoneOffset.UTC)
                        : window.freeTo().atOffset(java.time.ZoneOffset.UTC);
            }
            p.setObject(i + 1, jdbcValue(v));
        }
    }

    /** The value as JDBC takes it: typed ids as their UUID, enums as their name. */
    private static Object jdbcValue(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Record) {
            try {
                return v.getClass().getMethod("value").invoke(v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return v;
    }

    private static String plan(Connection c, String sql, List<Object> binds) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement p = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < binds.size(); i++) {
                Object v = binds.get(i);
                p.setObject(i + 1, jdbcValue(v));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    interface Step<T> {
        void run(T input) throws Exception;
    }

    private static <T> long[] time(List<T> inputs, Step<T> step) throws Exception {
        long[] times = new long[inputs.size() - WARM_UP];
        for (int i = 0; i < inputs.size(); i++) {
            long started = System.nanoTime();
            step.run(inputs.get(i));
            if (i >= WARM_UP) {
                times[i - WARM_UP] = System.nanoTime() - started;
            }
        }
        Arrays.sort(times);
        return times;
    }

    /** Times two steps on the same inputs, alternating which goes first; both sorted, warm-up left out. */
    private static <T> long[][] timeAlternately(List<T> inputs, Step<T> first, Step<T> second) throws Exception {
        long[][] times = new long[2][inputs.size() - WARM_UP];
        List<Step<T>> steps = List.of(first, second);
        for (int i = 0; i < inputs.size(); i++) {
            for (int k = 0; k < 2; k++) {
                int which = (i + k) % 2;
                long started = System.nanoTime();
                steps.get(which).run(inputs.get(i));
                if (i >= WARM_UP) {
                    times[which][i - WARM_UP] = System.nanoTime() - started;
                }
            }
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        return times;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String ms(long[] sorted, int p) {
        return String.format(Locale.ROOT, "%.2f ms", pct(sorted, p));
    }

    private static String mean(long[] sorted) {
        return String.format(Locale.ROOT, "%.2f ms", Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static String count(Statement s, String table) throws Exception {
        return String.format(Locale.ROOT, "%,d", Long.parseLong(scalar(s, "SELECT count(*) FROM " + table)));
    }

    private static String scalar(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
