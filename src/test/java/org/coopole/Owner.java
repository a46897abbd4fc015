package org.coopole;

import org.coopole.database.OwnerDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The database as its owner sees it, unrestricted by row security: for test fixtures and checks only. */
@Component
public class Owner {

    private final DSLContext db;

    Owner(OwnerDatabase database) {
        this.db = DSL.using(database.dataSource().orElseThrow(), SQLDialect.POSTGRES);
    }

    public DSLContext db() {
        return db;
    }
}
