import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.LambdaConverter;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (Maven phase generate-sources): starts a throw-away embedded PostgreSQL, applies the Flyway
 * migrations, then generates the jOOQ classes of package org.coopole.db from that real schema.
 * Skipped when neither the migrations nor this file changed since the last run.
 *
 * Arguments: migration folder, output folder, this source file (part of the fingerprint).
 */
public class JooqCodegen {

    private static final String PACKAGE = "org.coopole.db";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path stamp = output.resolve(".codegen-stamp");
        String fingerprint = fingerprint(migrations, Path.of(args[2]));
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[jooq-codegen] generated classes are up to date");
            return;
        }
        long started = System.nanoTime();
        Path dataDir = Files.createTempDirectory("coopole-codegen-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .start()) {
            // the same two roles as the app's own embedded server, then the migrations as the owner role
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(Files.readString(migrations.resolveSibling("embedded").resolve("create-roles.sql")));
            }
            Flyway.configure()
                    .dataSource(postgres.getJdbcUrl("coopole_owner", "postgres"), "coopole_owner", "coopole_owner")
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .placeholders(Map.of("appRole", "coopole_app"))
                    .load()
                    .migrate();
            GenerationTool.generate(configuration(postgres.getJdbcUrl("postgres", "postgres"), output));
        }
        Files.writeString(stamp, fingerprint);
        System.out.printf("[jooq-codegen] generated %s in %d ms%n", PACKAGE, (System.nanoTime() - started) / 1_000_000);
    }

    private static Configuration configuration(String jdbcUrl, Path output) {
        return new Configuration()
                .withLogging(Logging.WARN)
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl)
                        .withUser("postgres").withPassword("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withIncludes(".*")
                                // Flyway's own table, and the hundreds of functions btree_gist brings
                                .withExcludes("flyway_schema_history|gbt.*|gbtreekey.*|.*_dist|gist_translate_cmptype_btree")
                                .withIncludeRoutines(true)
                                .withForcedTypes(forcedTypes()))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false))
                        .withTarget(new Target()
                                .withPackageName(PACKAGE)
                                .withDirectory(output.toAbsolutePath().toString())
                                .withClean(true)));
    }

    /** Typed ids (columns named after the table they point to) and enums stored as their names. */
    private static List<ForcedType> forcedTypes() {
        return List.of(
                id("org.coopole.common.PoleId", ".*\\.pole\\.id|.*\\.pole_id|.*\\.current_pole_id"),
                id("org.coopole.common.OrganisationId", ".*\\.organisation\\.id|.*\\.(for_|lead_)?organisation_id"),
                id("org.coopole.common.PersonId", ".*\\.person\\.id|.*\\.(\\w+_)?person_id|.*\\.notification\\.actor_id"),
                id("org.coopole.common.ResourceId", ".*\\.resource\\.id|.*\\.resource_id"),
                id("org.coopole.common.BookingId", ".*\\.booking\\.id|.*\\.booking_id"),
                id("org.coopole.messaging.ConversationId", ".*\\.conversation\\.id|.*\\.conversation_id"),
                id("org.coopole.messaging.MessageId", ".*\\.message\\.id|.*\\.message_id|.*\\.message\\.reply_to_id"),
                id("org.coopole.messaging.AttachmentId", ".*\\.message_attachment\\.id|.*\\.attachment_id"),
                id("org.coopole.messaging.ReportId", ".*\\.message_report\\.id"),
                id("org.coopole.project.ProjectId", ".*\\.project\\.id|.*\\.project_id"),
                new ForcedType()
                        .withUserType("org.jooq.postgres.extensions.types.OffsetDateTimeRange")
                        .withBinding("org.jooq.postgres.extensions.bindings.OffsetDateTimeRangeBinding")
                        .withIncludeTypes("tstzrange")
                        .withIncludeExpression(".*"),
                enumType("org.coopole.organisation.LegalForm", ".*\\.legal_form"),
                enumType("org.coopole.pole.MembershipStatus", ".*\\.membership\\.status"),
                enumType("org.coopole.security.PoleRole", ".*\\.pole_role\\.role"),
                enumType("org.coopole.common.Language", ".*\\.language"),
                enumType("org.coopole.audit.AuditAction", ".*\\.audit_event\\.action"),
                enumType("org.coopole.project.ProjectStatus", ".*\\.project\\.status|.*\\.project_status_change\\.status"),
                enumType("org.coopole.project.OutsideKind", ".*\\.project_partner\\.outside_kind"),
                enumType("org.coopole.project.FunderKind", ".*\\.project_budget_line\\.funder_kind"),
                enumType("org.coopole.project.OutcomeStage", ".*\\.project_outcome\\.stage"),
                enumType("org.coopole.project.OutcomeUnit", ".*\\.outcome_kind\\.unit"),
                enumType("org.coopole.resource.ResourceKind", ".*\\.resource\\.kind|.*\\.quota\\.resource_kind"),
                enumType("org.coopole.booking.QuotaPeriod", ".*\\.quota\\.period"),
                enumType("org.coopole.resource.ResourceStatus", ".*\\.resource\\.status"),
                enumType("org.coopole.resource.RateUnit", ".*\\.resource\\.rate_unit"),
                enumType("org.coopole.resource.BookingUnit", ".*\\.resource\\.booking_unit"),
                enumType("org.coopole.notification.NotificationKind", ".*\\.notification\\.kind"),
                enumType("org.coopole.notification.SubjectKind", ".*\\.notification\\.subject_kind"),
                enumType("org.coopole.notification.Delivery", ".*\\.notification_preference\\.delivery"),
                enumType("org.coopole.notification.NotificationKind", ".*\\.notification_preference\\.kind"),
                enumType("org.coopole.booking.BookingStatus", ".*\\.booking\\.status"));
    }

    private static ForcedType id(String userType, String columns) {
        return new ForcedType()
                .withUserType(userType)
                .withIncludeTypes("uuid")
                .withIncludeExpression(columns)
                .withLambdaConverter(new LambdaConverter()
                        .withFrom(userType + "::new")
                        .withTo(userType + "::value"));
    }

    private static ForcedType enumType(String userType, String columns) {
        return new ForcedType()
                .withUserType(userType)
                .withIncludeTypes("text")
                .withIncludeExpression(columns)
                .withEnumConverter(true);
    }

    private static String fingerprint(Path migrations, Path generator) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Stream.concat(Files.list(migrations), Files.list(migrations.resolveSibling("embedded")))) {
            for (Path file : files.sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        digest.update(Files.readAllBytes(generator));
        return HexFormat.of().formatHex(digest.digest());
    }
}
