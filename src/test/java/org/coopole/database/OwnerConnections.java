package org.coopole.database;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/**
 * For tests: connections as the owner role or the superuser, opened one at a time and closed after each use, with
 * the passwords the embedded server keeps in its data directory — as an administrator's {@code psql} would.
 */
public final class OwnerConnections {

    private OwnerConnections() {
    }

    public static DataSource owner(ApplicationContext context) {
        PostgresServer server = context.getBean(PostgresServer.class);
        return new DriverManagerDataSource(server.jdbcUrl(), PostgresServer.OWNER_ROLE, server.secrets().owner());
    }

    public static DataSource superuser(ApplicationContext context) {
        PostgresServer server = context.getBean(PostgresServer.class);
        return new DriverManagerDataSource(server.jdbcUrl(), DatabaseSecrets.SUPERUSER, server.secrets().superuser());
    }

    public static String jdbcUrl(ApplicationContext context) {
        return context.getBean(PostgresServer.class).jdbcUrl();
    }

    public static java.nio.file.Path dataDirectory(ApplicationContext context) {
        return context.getBean(PostgresServer.class).directory();
    }

    /** The embedded server's process id while it runs. */
    public static long serverPid(ApplicationContext context) {
        return context.getBean(PostgresServer.class).pid().orElseThrow();
    }

    public static boolean serverRunning(ApplicationContext context) {
        return context.getBean(PostgresServer.class).isRunning();
    }
}
