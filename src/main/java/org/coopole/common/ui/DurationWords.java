package org.coopole.common.ui;

import com.vaadin.flow.component.Component;

/** A number of minutes as people say it: "2 jours", "3 h", "1 h 30", "45 min". */
public final class DurationWords {

    private DurationWords() {
    }

    public static String of(Component screen, long minutes) {
        return of(screen::getTranslation, minutes);
    }

    /** The same, with any translator (the API's, say, in the caller's language). */
    public static String of(java.util.function.BiFunction<String, Object[], String> translate, long minutes) {
        if (minutes >= 1440 && minutes % 1440 == 0) {
            return translate.apply("duration.days", new Object[] {minutes / 1440});
        }
        if (minutes >= 60 && minutes % 60 == 0) {
            return translate.apply("duration.hours", new Object[] {minutes / 60});
        }
        if (minutes > 60) {
            return translate.apply("duration.hours-minutes", new Object[] {minutes / 60, minutes % 60});
        }
        return translate.apply("duration.minutes", new Object[] {minutes});
    }
}
