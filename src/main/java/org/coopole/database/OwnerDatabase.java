package org.coopole.database;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The connection as the role that owns the tables: it runs the migrations and provisions data (the demo). The
 * application itself never uses it; it connects as a role that row-level security restricts.
 */
public final class OwnerDatabase {

    private final DataSource dataSource;

    OwnerDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empty when no owner credentials were given (an external database without {@code SPRING_FLYWAY_USER}). */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(dataSource);
    }
}
