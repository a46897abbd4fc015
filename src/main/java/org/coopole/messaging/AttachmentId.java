package org.coopole.messaging;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a {@code message_attachment} row, in messaging. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from a URL; an empty {@code Optional} for anything that is not a UUID. */
    public static Optional<AttachmentId> parse(String text) {
        try {
            return Optional.of(new AttachmentId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
