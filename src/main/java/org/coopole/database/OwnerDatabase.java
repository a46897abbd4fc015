package org.coopole.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The connection as the role that owns the tables: it runs the migrations and provisions data (the demo), at
 * start-up only. Once the application has started it is closed for good; the application itself connects as a
 * role that row-level security restricts.
 */
public final class OwnerDatabase {

    private static final Logger log = LoggerFactory.getLogger(OwnerDatabase.class);

    private final StartupOnlyDataSource dataSource;

    OwnerDatabase(StartupOnlyDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Empty when no owner credentials were given (an external database without {@code SPRING_FLYWAY_USER}) or once
     * start-up is over.
     */
    public Optional<DataSource> dataSource() {
        return dataSource == null || dataSource.isClosed() ? Optional.empty() : Optional.of(dataSource);
    }

    /** Ends the owner's access: called when start-up is over. */
    void close() {
        if (dataSource != null && !dataSource.isClosed()) {
            dataSource.close();
            log.info("Start-up done: the owner role's connections are closed");
        }
    }
}
