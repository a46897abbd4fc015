package org.coopole.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.coopole.Application;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;
import org.coopole.database.OwnerConnections;
import org.coopole.live.LiveUpdates;
import org.coopole.live.Topic;
import org.coopole.messaging.ConversationId;
import org.coopole.messaging.Draft;
import org.coopole.messaging.MessagingService;
import org.coopole.security.Roles;
import org.coopole.security.SignedInPerson;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The messaging issue's figures, on the demo data plus generated conversations (kept in /tmp/coopole-bench-messaging):
 * <ul>
 *   <li>opening a conversation of 10 000 messages (its newest page of 100, {@code MessagingService.messages}) and
 *   the conversation list of a person with 500 conversations ({@code MessagingService.conversations}), p50/p95 over
 *   2000 calls after 500 of warm-up, at the service layer;</li>
 *   <li>delivery across nodes: a second Coopole node on the same PostgreSQL listens to 50 open conversations; 1000
 *   messages are sent through node A round-robin; the latency runs from the start of {@code send} on A to the moment
 *   node B has read the new message through row security as its reader (what its screen then pushes).</li>
 * </ul>
 * Writes bench/messaging-results.md.
 */
public final class MessagingBenchmark {

    static final int WARM_UP = 500;
    static final int RUNS = 2000;
    static final int OPEN_CONVERSATIONS = 50;
    static final int DELIVERED = 1000;

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        String dir = System.getProperty("coopole.bench.dir", "/tmp/coopole-bench-messaging");
        ConfigurableApplicationContext nodeA = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--coopole.demo.enabled=true",
                        "--coopole.embedded-database.data-directory=" + dir + "/postgres",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            new MessagingBenchmark().run(nodeA);
        } finally {
            nodeA.close();
        }
        System.exit(0);
    }

    private void run(ConfigurableApplicationContext nodeA) throws Exception {
        DataSource owner = OwnerConnections.owner(nodeA);
        UUID nadia;
        UUID karim;
        PoleId vallee;
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            nadia = person(s, "nadia.benali@ressourcerie-val.example");
            karim = person(s, "karim.haddad@coopbatir.example");
            try (ResultSet rs = s.executeQuery("SELECT id FROM pole WHERE name = 'Vallée Coopère'")) {
                rs.next();
                vallee = new PoleId((UUID) rs.getObject(1));
            }
            generateOnce(s, vallee.value(), nadia, karim);
        }
        line("# Messaging benchmark, %s", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        line("");
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            line("Data: %s conversations, %s messages; Nadia takes part in %s conversations; the longest has %s "
                            + "messages. %d cores; Java %s.",
                    scalar(s, "SELECT count(*) FROM conversation"), scalar(s, "SELECT count(*) FROM message"),
                    scalar(s, "SELECT count(*) FROM conversation_participant WHERE person_id = '" + nadia + "'"),
                    scalar(s, "SELECT max(n) FROM (SELECT count(*) n FROM message GROUP BY conversation_id) t"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        }
        line("");

        MessagingService messagingA = nodeA.getBean(MessagingService.class);
        SecurityContextHolderStrategy strategyA = nodeA.getBean(SecurityContextHolderStrategy.class);
        signIn(strategyA, nadia);
        ConversationId longest;
        List<ConversationId> open = new ArrayList<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM conversation WHERE title = 'bench: 10 000 messages'")) {
            rs.next();
            longest = new ConversationId((UUID) rs.getObject(1));
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM conversation WHERE title LIKE 'bench: group %' ORDER BY title "
                     + "LIMIT " + OPEN_CONVERSATIONS)) {
            while (rs.next()) {
                open.add(new ConversationId((UUID) rs.getObject(1)));
            }
        }

        line("## Reading, at the service layer (node A, one thread)");
        line("");
        line("| | p50 | p95 | mean |");
        line("| --- | ---: | ---: | ---: |");
        time("open a conversation of 10 000 messages (newest 100)", () -> messagingA.messages(vallee, longest, 100));
        time("Nadia's conversation list (500 conversations)", () -> messagingA.conversations(vallee));
        time("unread count in the menu", () -> messagingA.unread(vallee));
        time("search her conversations (\"révision\")", () -> messagingA.search(vallee, "révision"));
        line("");

        // node B: the same PostgreSQL as an external database
        HikariDataSource database = nodeA.getBean(HikariDataSource.class);
        ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(Application.class)
                // the tests' own beans (on this class path too) need the embedded server: node A's only
                .initializers(created -> ((ConfigurableApplicationContext) created).getBeanFactory()
                        .registerSingleton("testClassesExcluded", new TestClassesExcluded()))
                .run("--server.port=0", "--coopole.demo.enabled=false", "--spring.flyway.enabled=false",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + database.getPassword(),
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        try {
            deliver(nodeA, nodeB, vallee, open, nadia, karim);
        } finally {
            nodeB.close();
        }
        Path out = Path.of("bench/messaging-results.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    private void deliver(ConfigurableApplicationContext nodeA, ConfigurableApplicationContext nodeB, PoleId vallee,
                         List<ConversationId> open, UUID nadia, UUID karim) throws Exception {
        MessagingService messagingA = nodeA.getBean(MessagingService.class);
        MessagingService messagingB = nodeB.getBean(MessagingService.class);
        SecurityContextHolderStrategy strategyA = nodeA.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolderStrategy strategyB = nodeB.getBean(SecurityContextHolderStrategy.class);
        LiveUpdates liveB = nodeB.getBean(LiveUpdates.class);
        ConcurrentHashMap<String, Long> sentAt = new ConcurrentHashMap<>();
        long[] latencies = new long[DELIVERED];
        int[] received = {0};
        CountDownLatch all = new CountDownLatch(DELIVERED);
        List<LiveUpdates.Subscription> subscriptions = new ArrayList<>();
        for (ConversationId conversation : open) {
            // what a screen of Karim's on node B does on a signal: read the newest message as Karim
            subscriptions.add(liveB.subscribe(Topic.CONVERSATION, vallee, conversation.value(), signal -> {
                signIn(strategyB, karim);
                try {
                    var newest = messagingB.messages(vallee, conversation, 1).getLast();
                    Long started = sentAt.remove(newest.body());
                    if (started != null) {
                        synchronized (latencies) {
                            if (received[0] < DELIVERED) {
                                latencies[received[0]++] = System.nanoTime() - started;
                            }
                        }
                        all.countDown();
                    }
                } finally {
                    strategyB.clearContext();
                }
            }));
        }
        Thread.sleep(2000); // node B's listening connection is up
        signIn(strategyA, nadia);
        long began = System.nanoTime();
        for (int i = 0; i < DELIVERED; i++) {
            ConversationId conversation = open.get(i % open.size());
            String body = "bench delivery " + i + " " + UUID.randomUUID();
            sentAt.put(body, System.nanoTime());
            messagingA.send(vallee, conversation, Draft.of(body));
            Thread.sleep(5); // a busy pole, not a flood: one message every few milliseconds
        }
        boolean done = all.await(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - began) / 1e9;
        subscriptions.forEach(LiveUpdates.Subscription::remove);
        long[] sorted = Arrays.copyOf(latencies, received[0]);
        Arrays.sort(sorted);
        line("## Delivery across nodes");
        line("");
        line("%d messages sent through node A to %d conversations open on node B in %.1f s (%s delivered%s).",
                DELIVERED, open.size(), seconds, sorted.length, done ? "" : ", some lost: see above");
        line("");
        line("| send on A → read on B as the reader | p50 | p95 | max |");
        line("| --- | ---: | ---: | ---: |");
        line("| latency | %.1f ms | %.1f ms | %.1f ms |", at(sorted, 0.50), at(sorted, 0.95),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        line("");
    }

    /** Leaves out of component scanning every class compiled from src/test/java. */
    static final class TestClassesExcluded extends org.springframework.boot.context.TypeExcludeFilter {
        @Override
        public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
                             org.springframework.core.type.classreading.MetadataReaderFactory factory)
                throws java.io.IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/")
                    && !reader.getClassMetadata().getClassName().startsWith("org.coopole.bench");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return TestClassesExcluded.class.hashCode();
        }
    }

    private static double at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private void time(String what, Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        long[] took = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        line("| %s | %.2f ms | %.2f ms | %.2f ms |", what, at(took, 0.50), at(took, 0.95),
                Arrays.stream(took).average().orElse(0) / 1e6);
    }

    /** 500 group conversations of Nadia and Karim with 20 messages each, and one of 10 000 messages. */
    private static void generateOnce(Statement s, UUID pole, UUID nadia, UUID karim) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM conversation WHERE title LIKE 'bench:%'")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                return;
            }
        }
        System.out.println("Generating 500 conversations and 20 000 messages…");
        s.execute("""
                INSERT INTO conversation (pole_id, kind, title, created_by_person_id, created_at, last_message_at)
                SELECT '%1$s', 'GROUP', 'bench: group ' || lpad(g::text, 3, '0'), '%2$s',
                       now() - interval '400 days', now() - g * interval '1 hour'
                FROM generate_series(1, 499) g;
                INSERT INTO conversation (pole_id, kind, title, created_by_person_id, created_at, last_message_at)
                VALUES ('%1$s', 'GROUP', 'bench: 10 000 messages', '%2$s', now() - interval '400 days', now());
                INSERT INTO conversation_participant (conversation_id, person_id, read_up_to)
                SELECT c.id, p.person, now() - interval '2 days' FROM conversation c
                CROSS JOIN (VALUES ('%2$s'::uuid), ('%3$s'::uuid)) p(person) WHERE c.title LIKE 'bench:%%';
                INSERT INTO message (conversation_id, author_person_id, body, created_at)
                SELECT c.id, CASE WHEN m %% 2 = 0 THEN '%2$s'::uuid ELSE '%3$s'::uuid END,
                       'Message ' || m || ' : la révision du camion et le planning des ateliers de la semaine',
                       c.last_message_at - (20 - m) * interval '5 minutes'
                FROM conversation c CROSS JOIN generate_series(1, 20) m WHERE c.title LIKE 'bench: group %%';
                INSERT INTO message (conversation_id, author_person_id, body, created_at)
                SELECT c.id, CASE WHEN m %% 2 = 0 THEN '%2$s'::uuid ELSE '%3$s'::uuid END,
                       'Message ' || m || ' du long fil : qui prend la clé du local samedi ?',
                       now() - (10000 - m) * interval '1 minute'
                FROM conversation c CROSS JOIN generate_series(1, 10000) m WHERE c.title = 'bench: 10 000 messages';
                ANALYZE conversation; ANALYZE conversation_participant; ANALYZE message;
                """.formatted(pole, nadia, karim));
    }

    private static UUID person(Statement s, String email) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT id FROM person WHERE email = '" + email + "'")) {
            rs.next();
            return (UUID) rs.getObject(1);
        }
    }

    private static String scalar(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void signIn(SecurityContextHolderStrategy strategy, UUID person) {
        var authorities = AuthorityUtils.createAuthorityList("ROLE_" + Roles.USER);
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(person.toString(), Instant.now(), authorities), null, authorities));
        strategy.setContext(context);
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
