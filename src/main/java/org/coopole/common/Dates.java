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

    /**
     * A period on the given clock as people write it: "8 déc. 2026, 10:00 – 12:00" within a day, both dates and times
     * otherwise ("8 déc. 2026, 12:00 – 9 déc. 2026, 00:00").
     */
    public static String period(java.time.Instant start, java.time.Instant end, Locale locale, ZoneId zone) {
        DateTimeFormatter full = dateTimes(locale, zone);
        boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
        return full.format(start) + " – " + (sameDay
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(end)
                : full.format(end));
    }

    /** Dates with their time as people of each language write them, on the given clock: 8 déc. 2026, 10:00. */
    public static DateTimeFormatter dateTimes(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }
}
