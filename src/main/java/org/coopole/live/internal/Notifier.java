package org.coopole.live.internal;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/** {@code pg_notify} in the current transaction. */
@Component
public class Notifier {

    private final DSLContext db;

    Notifier(DSLContext db) {
        this.db = db;
    }

    public void notify(String channel, String payload) {
        db.select(DSL.function("pg_notify", SQLDataType.VARCHAR, DSL.val(channel), DSL.val(payload))).fetch();
    }
}
