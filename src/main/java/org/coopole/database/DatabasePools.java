package org.coopole.database;

import com.zaxxer.hikari.HikariDataSource;

import java.time.Duration;

/** The application's connection pool, the same for the embedded and an external PostgreSQL. */
final class DatabasePools {

    /**
     * How long a screen waits for a connection when the database is away, before it says that Coopole is briefly
     * unavailable (Hikari's default, 30 s, left every page hanging; 8 s still lets a burst of bookings queue).
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(8);

    private DatabasePools() {
    }

    static HikariDataSource application(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("coopole");
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(10);
        pool.setMinimumIdle(10);
        pool.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        pool.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        // a pool that cannot connect at start-up fails the start (a clear error) rather than later
        pool.setInitializationFailTimeout(Duration.ofSeconds(30).toMillis());
        pool.addDataSourceProperty("connectTimeout", "3");
        pool.addDataSourceProperty("socketTimeout", "300");
        return pool;
    }
}
