package org.coopole.messaging;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a {@code conversation} row; it lives with messaging, the feature that owns conversations. */
public record ConversationId(UUID value) {

    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from a URL; an empty {@code Optional} for anything that is not a UUID. */
    public static Optional<ConversationId> parse(String text) {
        try {
            return Optional.of(new ConversationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
