package org.coopole.project;

import org.coopole.common.OrganisationId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Staff time given to the project, per organisation: lines entered by hand and confirmed bookings of staff made for
 * the project (the staff's organisation gave the time), with each organisation's totals in minutes.
 */
public record HoursLedger(List<Line> lines, List<Total> totals) {

    /** {@code id} is null for a booked line; {@code removable} when the reader may take it back. */
    public record Line(UUID id, OrganisationId organisation, String organisationName, LocalDate on, int minutes,
                       String note, boolean booked, boolean removable) {
    }

    public record Total(OrganisationId organisation, String organisationName, long bookedMinutes, long enteredMinutes) {
        public long minutes() {
            return bookedMinutes + enteredMinutes;
        }
    }
}
