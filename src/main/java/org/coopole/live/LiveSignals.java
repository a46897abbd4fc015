package org.coopole.live;

import org.coopole.common.PoleId;
import org.coopole.live.internal.Notifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Tells every node that something changed, inside the transaction that changed it: PostgreSQL delivers a
 * {@code NOTIFY} only when its transaction commits, to every node listening (this one included), and never when it
 * rolls back.
 */
@Component
public class LiveSignals {

    /** The PostgreSQL channel every node listens on. */
    public static final String CHANNEL = "coopole_live";

    private final Notifier notifier;

    LiveSignals(Notifier notifier) {
        this.notifier = notifier;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Topic topic, PoleId pole, UUID subject) {
        notifier.notify(CHANNEL, new Signal(topic, pole.value(), subject).payload());
    }

    /** The same for several subjects at once (the recipients of a notification); each leaves once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Topic topic, PoleId pole, java.util.Collection<UUID> subjects) {
        notifier.notify(CHANNEL, subjects.stream()
                .map(subject -> new Signal(topic, pole.value(), subject).payload()).toArray(String[]::new));
    }
}
