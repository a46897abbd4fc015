package org.coopole.live;

import java.util.UUID;

/**
 * "Something of this changed": ids only, never what changed, so that each screen that hears it reads again what its
 * person may see, through row security. A signal whose subject is null says that anything may have changed (a node
 * that lost its connection to the database and is back).
 */
public record Signal(Topic topic, UUID pole, UUID subject) {

    /** The whole of it, as sent through PostgreSQL: "TOPIC pole subject". */
    String payload() {
        return topic + " " + pole + " " + subject;
    }

    /** The signal a payload names, or null for anything else. */
    static Signal parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length != 3) {
            return null;
        }
        try {
            return new Signal(Topic.valueOf(parts[0]), UUID.fromString(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** Whether a screen listening to this topic, pole and subject (null: every subject) should read again. */
    boolean concerns(Topic topic, UUID pole, UUID subject) {
        return this.topic == topic && (this.pole == null || this.pole.equals(pole))
                && (this.subject == null || subject == null || this.subject.equals(subject));
    }
}
