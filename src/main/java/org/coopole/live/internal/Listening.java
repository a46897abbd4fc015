package org.coopole.live.internal;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.util.Arrays;

/** The statements of a node's listening connection, through jOOQ. */
public final class Listening {

    private Listening() {
    }

    /** Starts listening on the live channel (the connection is in autocommit, so it takes effect at once). */
    public static void listen(Connection connection) {
        DSL.using(connection, SQLDialect.POSTGRES).select(DSL.function("listen_to_live_signals", Boolean.class))
                .fetchOne();
    }

    /** The payloads, each sent with {@code pg_notify} in one statement of the current transaction. */
    static void notifyAll(org.jooq.DSLContext db, String channel, String... payloads) {
        var sent = DSL.unnest(Arrays.asList(payloads)).as("sent", "payload");
        db.select(DSL.function("pg_notify", String.class, DSL.val(channel),
                        DSL.field(DSL.name("sent", "payload"), String.class)))
                .from(sent)
                .fetch();
    }
}
