package org.coopole.resource;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A resource is open on this weekday from {@code opens} to {@code closes} (on the pole's clock); open until midnight
 * closes at {@link LocalTime#MAX}, written "24:00".
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    /** "09:00-18:00", "18:00-24:00" with the separator given. */
    public String text(String separator) {
        return write(opens) + separator + write(closes);
    }

    /** A time as people write opening hours: "09:00", and "24:00" for the end of the day. */
    public static String write(LocalTime time) {
        return time.equals(LocalTime.MAX) ? "24:00" : time.toString();
    }

    /** "9:00", "09:30", "24:00" (the end of the day). */
    public static LocalTime read(String text) {
        return text.equals("24:00") ? LocalTime.MAX : LocalTime.parse(text);
    }

    public OpeningHours {
        if (day == null || opens == null || closes == null || !closes.isAfter(opens)) {
            throw new org.coopole.common.InvalidField("openingHours", "resource.opening.invalid");
        }
    }
}
