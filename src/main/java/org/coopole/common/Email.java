package org.coopole.common;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An email address, trimmed and lower-cased, as people sign in with it. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Email {
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an email address");
        }
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.trim();
        return trimmed.length() <= MAX_LENGTH && SHAPE.matcher(trimmed).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
