package org.coopole;

import org.coopole.database.OwnerConnections;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * The database as its owner sees it, unrestricted by row security: for test fixtures and checks only. The
 * application itself closes the owner's connections once started; the tests open their own, one at a time.
 */
@Component
public class Owner {

    private final DataSource dataSource;
    private final DSLContext db;

    Owner(ApplicationContext context) {
        this.dataSource = OwnerConnections.owner(context);
        this.db = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    public DSLContext db() {
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
