package org.coopole.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Without {@code spring.datasource.url} (the environment variable {@code SPRING_DATASOURCE_URL}), Coopole runs
 * its own real PostgreSQL server, whose data survives restarts, with the same two roles an external database has:
 * the owner (migrations, demo data) and the application's role. With it, Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String OWNER_ROLE = "coopole_owner";
    static final String APP_ROLE = "coopole_app";
    private static final String DATABASE = "postgres";
    private static final String ROLES_SCRIPT = "db/embedded/create-roles.sql";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        boolean persistent = properties.dataDirectory() != null && !properties.dataDirectory().toString().isBlank();
        Path directory = persistent ? properties.dataDirectory().toAbsolutePath()
                : Files.createTempDirectory("coopole-pg");
        Files.createDirectories(directory);
        if (persistent) {
            StalePostgres.stopOrphanedServer(directory);
        }
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(!persistent)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory
                    + " (another Coopole may be running on it)", e);
        }
        createRoles(postgres);
        log.info("Embedded PostgreSQL ready on port {} in {} ms, data in {}{}", postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000, directory, persistent ? "" : " (temporary)");
        return postgres;
    }

    /** The application's connections: as {@code coopole_app}, which row-level security restricts. */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        return pool("coopole", postgres, APP_ROLE, 10);
    }

    /** The owner's connections, for Flyway and the demo data. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        return pool("coopole-owner", postgres, OWNER_ROLE, 2);
    }

    @Bean
    OwnerDatabase ownerDatabase(@Qualifier("ownerDataSource") DataSource ownerDataSource) {
        return new OwnerDatabase(ownerDataSource);
    }

    private static HikariDataSource pool(String name, EmbeddedPostgres postgres, String role, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(postgres.getJdbcUrl(role, DATABASE));
        config.setUsername(role);
        config.setPassword(role);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /** Creates the owner and application roles (once; the script is idempotent), as the server's superuser. */
    private static void createRoles(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(ROLES_SCRIPT)),
                    false, false, ScriptUtils.DEFAULT_COMMENT_PREFIX, ScriptUtils.EOF_STATEMENT_SEPARATOR,
                    ScriptUtils.DEFAULT_BLOCK_COMMENT_START_DELIMITER, ScriptUtils.DEFAULT_BLOCK_COMMENT_END_DELIMITER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database roles of the embedded PostgreSQL", e);
        }
    }

    /** True when no external database is configured. */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
