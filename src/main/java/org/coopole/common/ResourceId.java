package org.coopole.common;

import java.util.Objects;
import java.util.UUID;

/** The id of a {@code resource} row; typed so that ids of different things cannot be mixed up. */
public record ResourceId(UUID value) {

    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from a URL or form; an empty {@code Optional} for anything that is not a UUID. */
    public static java.util.Optional<ResourceId> parse(String text) {
        try {
            return java.util.Optional.of(new ResourceId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
