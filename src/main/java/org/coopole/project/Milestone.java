package org.coopole.project;

import java.time.LocalDate;
import java.util.UUID;

/** A step of the project due on a date; {@code doneOn} once reached. */
public record Milestone(UUID id, String title, LocalDate dueOn, LocalDate doneOn) {

    public static final int TITLE_MAX = 200;

    /** Not reached and its date has passed. */
    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
