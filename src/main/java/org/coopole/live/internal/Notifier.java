package org.coopole.live.internal;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code pg_notify} in the current transaction. The payloads a transaction sends are gathered and leave in one
 * statement just before it commits (a booking tells its calendar and its recipients' bells: one round trip, not
 * two); PostgreSQL delivers them only if it commits, as before. Outside a transaction, they leave at once. One
 * difference: a signal asked for inside a savepoint that is rolled back still leaves with the outer commit (a signal
 * carries ids only: its screens read again and find nothing new).
 */
@Component
public class Notifier {

    private final DSLContext db;

    Notifier(DSLContext db) {
        this.db = db;
    }

    /** Sends each payload on the channel before the current transaction commits, with the others, in one statement. */
    public void notify(String channel, String... payloads) {
        if (payloads.length == 0) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Listening.notifyAll(db, channel, payloads);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        java.util.Collections.addAll(pending.byChannel.computeIfAbsent(channel, c -> new LinkedHashSet<>()), payloads);
    }

    /** The payloads of one transaction, each once, in the order they were asked for. */
    private final class Pending implements TransactionSynchronization {

        private final Map<String, Set<String>> byChannel = new TreeMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            byChannel.forEach((channel, payloads) -> Listening.notifyAll(db, channel, payloads.toArray(String[]::new)));
            byChannel.clear();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Notifier.this);
        }
    }
}
