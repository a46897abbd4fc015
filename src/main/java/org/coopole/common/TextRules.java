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

    /** Whether the text holds an HTML or script tag character. */
    public static boolean hasMarkup(String text) {
        return text != null && (text.indexOf('<') >= 0 || text.indexOf('>') >= 0);
    }

    /** Digits, spaces and + ( ) . - only, as French and international numbers are written. */
    public static boolean isPhone(String text) {
        return text == null || text.isBlank() || (text.length() <= PHONE_MAX && text.matches("[0-9+() .\\-]+"));
    }
}
