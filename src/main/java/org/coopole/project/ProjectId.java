package org.coopole.project;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The id of a {@code project} row, in project. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from a URL; an empty {@code Optional} for anything that is not a UUID. */
    public static Optional<ProjectId> parse(String text) {
        try {
            return Optional.of(new ProjectId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
