package org.coopole.project;

import org.coopole.common.OrganisationId;

import java.time.LocalDate;

/** Staff time an organisation gave the project for work that was not booked: the day, minutes, a note. */
public record HoursData(OrganisationId organisation, LocalDate workedOn, int minutes, String note) {

    public static final int NOTE_MAX = 500;
    public static final int MINUTES_MAX = 100_000;
}
