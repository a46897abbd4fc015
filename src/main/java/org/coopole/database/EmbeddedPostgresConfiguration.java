package org.coopole.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Without {@code spring.datasource.url} (the environment variable {@code SPRING_DATASOURCE_URL}), Coopole runs
 * its own real PostgreSQL server ({@link PostgresServer}), whose data survives restarts, with the same two roles an
 * external database has: the owner (migrations, demo data, at start-up only) and the application's role.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    /** The server started early ({@link EarlyPostgresStart}) when it was, for the same properties; else now. */
    @Bean(destroyMethod = "close")
    PostgresServer postgresServer(EmbeddedDatabaseProperties properties,
                                  org.springframework.beans.factory.ObjectProvider<EarlyPostgresStart.Starting> early) {
        EarlyPostgresStart.Starting starting = early.getIfAvailable();
        if (starting != null && starting.properties().equals(properties)) {
            try {
                return starting.server().join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
        if (starting != null) {
            starting.server().thenAccept(PostgresServer::close); // started for other properties: not this one
        }
        return server(properties).start();
    }

    static PostgresServer server(EmbeddedDatabaseProperties properties) {
        try {
            Path directory = properties.persistent() ? properties.dataDirectory()
                    : Files.createTempDirectory("coopole-data");
            Path binaries = properties.binariesDirectory() != null && !properties.binariesDirectory().toString().isBlank()
                    ? properties.binariesDirectory() : directory.resolve("runtime");
            return new PostgresServer(directory, !properties.persistent(), properties.port(), binaries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's connections: as {@code coopole_app}, which row-level security restricts. */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(PostgresServer server) {
        return DatabasePools.application(server.jdbcUrl(), PostgresServer.APP_ROLE, server.secrets().application());
    }

    /** The owner's connections, for Flyway and the demo data, at start-up only (no bean: no health check uses it). */
    @Bean
    OwnerDatabase ownerDatabase(PostgresServer server) {
        return new OwnerDatabase(new StartupOnlyDataSource(server.jdbcUrl(), PostgresServer.OWNER_ROLE,
                server.secrets().owner()));
    }

    @Bean
    DatabaseAvailability databaseAvailability(DataSource dataSource, PostgresServer server,
                                              org.springframework.context.ApplicationEventPublisher events) {
        DatabaseAvailability availability = new DatabaseAvailability(dataSource, events);
        server.addListener(availability);
        return availability;
    }

    /** True when no external database is configured. */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
