package org.coopole.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people of each language write them: 12 sept. 2013, Sep 12, 2013. */
public final class Dates {

    private Dates() {
    }

    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Dates with their time as people of each language write them, on the given clock: 8 déc. 2026, 10:00. */
    public static DateTimeFormatter dateTimes(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }
}
