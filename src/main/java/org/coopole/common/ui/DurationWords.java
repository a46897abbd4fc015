package org.coopole.common.ui;

import com.vaadin.flow.component.Component;

/** A number of minutes as people say it: "2 jours", "3 h", "1 h 30", "45 min". */
public final class DurationWords {

    private DurationWords() {
    }

    public static String of(Component screen, long minutes) {
        if (minutes >= 1440 && minutes % 1440 == 0) {
            return screen.getTranslation("duration.days", minutes / 1440);
        }
        if (minutes >= 60 && minutes % 60 == 0) {
            return screen.getTranslation("duration.hours", minutes / 60);
        }
        if (minutes > 60) {
            return screen.getTranslation("duration.hours-minutes", minutes / 60, minutes % 60);
        }
        return screen.getTranslation("duration.minutes", minutes);
    }
}
