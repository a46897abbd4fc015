package org.coopole.common;

import java.util.Objects;
import java.util.UUID;

/** The id of a {@code booking} row; typed so that ids of different things cannot be mixed up. */
public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "value");
    }

    /** Reads an id from a URL or form; an empty {@code Optional} for anything that is not a UUID. */
    public static java.util.Optional<BookingId> parse(String text) {
        try {
            return java.util.Optional.of(new BookingId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
