package org.coopole.database;

import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections as the role that owns the tables, for start-up only (the migrations, the demo data): one connection
 * per use, none kept open, and after {@link #close()} none at all — the credentials are forgotten.
 */
final class StartupOnlyDataSource extends AbstractDataSource implements AutoCloseable {

    private volatile DriverManagerDataSource connections;

    StartupOnlyDataSource(String url, String user, String password) {
        this.connections = new DriverManagerDataSource(url, user, password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        DriverManagerDataSource open = connections;
        if (open == null) {
            throw new SQLException("The owner's connections serve at start-up only, and start-up is over");
        }
        return open.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("The owner's connections take no other credentials");
    }

    boolean isClosed() {
        return connections == null;
    }

    @Override
    public void close() {
        connections = null;
    }
}
