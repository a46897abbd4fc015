package org.coopole.messaging;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a {@code message} row, in messaging. */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from a URL; an empty {@code Optional} for anything that is not a UUID. */
    public static Optional<MessageId> parse(String text) {
        try {
            return Optional.of(new MessageId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
