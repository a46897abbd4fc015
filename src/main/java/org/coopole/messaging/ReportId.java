package org.coopole.messaging;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a {@code message_report} row, in messaging. */
public record ReportId(UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from a URL; an empty {@code Optional} for anything that is not a UUID. */
    public static Optional<ReportId> parse(String text) {
        try {
            return Optional.of(new ReportId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
