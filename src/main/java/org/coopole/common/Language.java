package org.coopole.common;

import java.util.Locale;

/** The languages Coopole speaks; French first. */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    public static final Language DEFAULT = FR;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The language's own name, as the language menus show it. */
    public String translationKey() {
        return "language." + name();
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a locale or a language tag such as {@code en-GB}; French for anything else. */
    public static Language of(Locale locale) {
        if (locale != null) {
            for (Language language : values()) {
                if (language.locale.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return DEFAULT;
    }

    public static Language ofTag(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT : of(Locale.forLanguageTag(tag));
    }
}
