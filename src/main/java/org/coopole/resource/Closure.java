package org.coopole.resource;

import java.time.LocalDate;

/** Days, both included, on which a resource cannot be booked, and why. */
public record Closure(LocalDate firstDay, LocalDate lastDay, String reason) {

    public Closure {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new org.coopole.common.InvalidField("closures", "resource.closure.invalid");
        }
        if (firstDay.getYear() < 2000 || lastDay.getYear() > 2100) {
            throw new org.coopole.common.InvalidField("closures", "resource.closure.out-of-range");
        }
        reason = reason == null ? "" : reason.strip();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
