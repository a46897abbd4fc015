package org.coopole.common;

/**
 * Rules every free-text field follows, checked in the browser and again in the services. Text is always shown
 * with {@code setText}, so markup could do no harm; it is refused anyway, so that nobody stores a surprise.
 */
public final class TextRules {

    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 40;
    public static final int LINE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    private TextRules() {
    }

    /**
     * The text, trimmed, if it may be stored in that field; otherwise the field's first problem, for the screen to
     * show next to it.
     *
     * @throws InvalidField with {@code validation.required}, {@code validation.too-long} or {@code validation.no-markup}
     */
    public static String require(String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new InvalidField(field, "validation.required");
        }
        if (text.length() > max) {
            throw new InvalidField(field, "validation.too-long", max);
        }
        if (hasMarkup(text)) {
            throw new InvalidField(field, "validation.no-markup");
        }
        if (hasHiddenCharacters(text, max > LINE_MAX)) {
            throw new InvalidField(field, "validation.hidden-characters");
        }
        return text;
    }

    /**
     * Whether the text holds a character one cannot see or that changes how the rest reads: a control character (a
     * NUL, a bell; line breaks and tabs only in multi-line texts), a direction override or isolate, a zero-width one.
     */
    public static boolean hasHiddenCharacters(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                return !multiLine;
            }
            return Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF
                    || Character.getType(c) == Character.SURROGATE || c == 0xFFFD;
        });
    }

    /** Whether the text holds an HTML or script tag character. */
    public static boolean hasMarkup(String text) {
        return text != null && (text.indexOf('<') >= 0 || text.indexOf('>') >= 0);
    }

    /** Digits, spaces and + ( ) . - only, as French and international numbers are written. */
    public static boolean isPhone(String text) {
        return text == null || text.isBlank() || (text.length() <= PHONE_MAX && text.matches("[0-9+() .\\-]+"));
    }
}
