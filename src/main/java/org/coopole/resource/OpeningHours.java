package org.coopole.resource;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A resource is open on this weekday from {@code opens} to {@code closes} (on the pole's clock). */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        if (day == null || opens == null || closes == null || !closes.isAfter(opens)) {
            throw new org.coopole.common.InvalidField("openingHours", "resource.opening.invalid");
        }
    }
}
