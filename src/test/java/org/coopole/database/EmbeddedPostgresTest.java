package org.coopole.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresTest {

    static final Path BINARIES = Path.of("target/embedded-postgresql");

    static PostgresServer server(Path directory) {
        return new PostgresServer(directory, false, 0, BINARIES);
    }

    @Test
    void dataInTheConfiguredDirectorySurvivesARestart(@TempDir Path directory) throws Exception {
        try (PostgresServer first = server(directory).start();
             Connection connection = first.connect(DatabaseSecrets.SUPERUSER, first.secrets().superuser());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (what text)");
            statement.execute("INSERT INTO kept VALUES ('la camionnette')");
        }
        try (PostgresServer second = server(directory).start();
             Connection connection = second.connect(DatabaseSecrets.SUPERUSER, second.secrets().superuser());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT what FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("la camionnette");
        }
    }

    @Test
    void theServerIsPostgreSql18AndSpeaksUtc(@TempDir Path directory) throws Exception {
        try (PostgresServer postgres = server(directory).start();
             Connection connection = postgres.connect(DatabaseSecrets.SUPERUSER, postgres.secrets().superuser());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('server_version_num')::int, "
                     + "current_setting('TimeZone')")) {
            rows.next();
            assertThat(rows.getInt(1)).isBetween(180000, 189999);
            assertThat(rows.getString(2)).isIn("UTC", "Etc/UTC");
        }
    }

    static Connection as(PostgresServer server, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "2");
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }

    @Test
    void noRoleGetsInWithoutItsPasswordOrWithAWrongOne(@TempDir Path directory) throws Exception {
        try (PostgresServer postgres = server(directory).start()) {
            for (String role : new String[] {DatabaseSecrets.SUPERUSER, PostgresServer.OWNER_ROLE,
                    PostgresServer.APP_ROLE}) {
                assertThatThrownBy(() -> as(postgres, role, null).close()).as(role + " without a password")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> as(postgres, role, role).close()).as(role + " with its name as password")
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
                assertThatThrownBy(() -> as(postgres, role, "").close()).as(role + " with an empty password")
                        .isInstanceOf(SQLException.class);
            }
            try (Connection app = as(postgres, PostgresServer.APP_ROLE, postgres.secrets().application());
                 Statement statement = app.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                rows.next();
                assertThat(rows.getBoolean(1)).as("the application's role is no superuser").isFalse();
            }
        }
    }

    @Test
    void onlyScramOverLoopbackIsConfiguredAndTheSecretsAreOwnerOnly(@TempDir Path directory) throws Exception {
        try (PostgresServer postgres = server(directory).start();
             Connection connection = as(postgres, DatabaseSecrets.SUPERUSER, postgres.secrets().superuser());
             Statement statement = connection.createStatement()) {
            try (ResultSet rules = statement.executeQuery("SELECT type, auth_method FROM pg_hba_file_rules")) {
                int count = 0;
                while (rules.next()) {
                    count++;
                    assertThat(rules.getString(1)).isEqualTo("host");
                    assertThat(rules.getString(2)).isEqualTo("scram-sha-256");
                }
                assertThat(count).isEqualTo(2);
            }
            try (ResultSet socket = statement.executeQuery("SELECT current_setting('unix_socket_directories')")) {
                socket.next();
                assertThat(socket.getString(1)).as("no Unix socket").isEmpty();
            }
            try (ResultSet verifiers = statement.executeQuery(
                    "SELECT rolname, rolpassword FROM pg_authid WHERE rolname IN ('postgres', 'coopole_owner', 'coopole_app')")) {
                int count = 0;
                while (verifiers.next()) {
                    count++;
                    assertThat(verifiers.getString(2)).as(verifiers.getString(1)).startsWith("SCRAM-SHA-256$4096:");
                }
                assertThat(count).isEqualTo(3);
            }
            for (String file : new String[] {DatabaseSecrets.FILE, DatabaseSecrets.PGPASS}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(file))))
                        .as(file).isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                    .isEqualTo("rwx------");
            assertThat(Files.readString(directory.resolve(DatabaseSecrets.PGPASS)))
                    .contains("127.0.0.1:*:*:postgres:" + postgres.secrets().superuser());
        }
    }

    @Test
    void aDirectoryThatTrustedLocalConnectionsIsSecuredOnStart(@TempDir Path directory) throws Exception {
        server(directory).start().close();
        // as a data directory of an earlier Coopole: every local connection trusted, passwords equal to the names
        Files.writeString(directory.resolve("postgres/pg_hba.conf"), """
                local all all trust
                host all all 127.0.0.1/32 trust
                host all all ::1/128 trust
                """);
        try (PostgresServer postgres = server(directory).start()) {
            assertThat(Files.readString(directory.resolve("postgres/pg_hba.conf")))
                    .isEqualTo(PostgresServer.hbaConfiguration()).doesNotContain("trust");
            assertThatThrownBy(() -> as(postgres, DatabaseSecrets.SUPERUSER, null).close())
                    .isInstanceOf(SQLException.class);
            try (Connection connection = as(postgres, DatabaseSecrets.SUPERUSER, postgres.secrets().superuser())) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryIsRefusedAndTheFirstKeepsServing(@TempDir Path directory) throws Exception {
        try (PostgresServer first = server(directory).start()) {
            long pid = first.pid().orElseThrow();
            assertThatThrownBy(() -> server(directory).start())
                    .isInstanceOf(PostgresServer.DataDirectoryInUse.class)
                    .hasMessageContaining("Another Coopole").hasMessageContaining("left alone");
            assertThat(first.pid()).contains(pid);
            try (Connection connection = as(first, DatabaseSecrets.SUPERUSER, first.secrets().superuser())) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void aSecondCoopoleProcessOnTheSameDirectoryIsRefusedAndTheFirstKeepsServing(@TempDir Path directory)
            throws Exception {
        try (PostgresServer first = server(directory).start()) {
            long pid = first.pid().orElseThrow();
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondInstance.class.getName(),
                    directory.toString()).redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(second.waitFor()).as(output).isEqualTo(3);
            assertThat(output).contains("Another Coopole (process " + ProcessHandle.current().pid() + ")")
                    .contains("left alone");
            assertThat(first.pid()).contains(pid);
            try (Connection connection = as(first, DatabaseSecrets.SUPERUSER, first.secrets().superuser());
                 Statement statement = connection.createStatement()) {
                assertThat(statement.execute("SELECT 1")).isTrue();
            }
        }
    }

    /** As with an external PostgreSQL that went away and came back: the application's pool serves again by itself. */
    @Test
    void thePoolConnectsAgainOnceTheServerIsBack(@TempDir Path directory) throws Exception {
        try (PostgresServer postgres = server(directory).start();
             com.zaxxer.hikari.HikariDataSource pool = DatabasePools.application(postgres.jdbcUrl(),
                     DatabaseSecrets.SUPERUSER, postgres.secrets().superuser())) {
            try (Connection connection = pool.getConnection()) {
                assertThat(connection.isValid(2)).isTrue();
            }
            long pid = postgres.pid().orElseThrow();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (postgres.pid().filter(p -> p != pid).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(600); // past Hikari's window in which a recently used connection is not checked
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
                assertThat(rows.next()).isTrue();
            }
        }
    }

    @Test
    void aKilledServerIsStartedAgainOnTheSameDataAndPort(@TempDir Path directory) throws Exception {
        try (PostgresServer postgres = server(directory).start()) {
            try (Connection connection = as(postgres, DatabaseSecrets.SUPERUSER, postgres.secrets().superuser());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (what text)");
                statement.execute("INSERT INTO kept VALUES ('la salle de réunion')");
            }
            int port = postgres.port();
            long pid = postgres.pid().orElseThrow();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL, as the kernel's OOM killer would
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (postgres.pid().filter(p -> p != pid).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(postgres.pid()).isPresent().get().isNotEqualTo(pid);
            assertThat(postgres.port()).isEqualTo(port);
            try (Connection connection = as(postgres, DatabaseSecrets.SUPERUSER, postgres.secrets().superuser());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT what FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("la salle de réunion");
            }
        }
    }
}
