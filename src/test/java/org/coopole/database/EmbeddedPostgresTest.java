package org.coopole.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresTest {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void dataInTheConfiguredDirectorySurvivesARestart(@TempDir Path directory) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory.resolve("pg"), 0);
        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
             Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (what text)");
            statement.execute("INSERT INTO kept VALUES ('la camionnette')");
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
             Connection connection = second.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT what FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("la camionnette");
        }
    }

    @Test
    void theServerIsPostgreSql18AndSpeaksUtc(@TempDir Path directory) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory.resolve("pg"), 0);
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            DataSource dataSource = postgres.getPostgresDatabase();
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT current_setting('server_version_num')::int, "
                         + "current_setting('TimeZone')")) {
                rows.next();
                assertThat(rows.getInt(1)).isBetween(180000, 189999);
                assertThat(rows.getString(2)).isIn("UTC", "Etc/UTC");
            }
        }
    }
}
