package org.coopole.live.internal;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** {@code pg_notify} in the current transaction. */
@Component
public class Notifier {

    private final DSLContext db;

    Notifier(DSLContext db) {
        this.db = db;
    }

    /** Sends each payload on the channel, in one statement of the current transaction. */
    public void notify(String channel, String... payloads) {
        if (payloads.length > 0) {
            Listening.notifyAll(db, channel, payloads);
        }
    }
}
