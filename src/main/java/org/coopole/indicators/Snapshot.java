package org.coopole.indicators;

import java.time.Instant;
import java.util.UUID;

/** A period's indicators frozen as a dated report: its title, who froze it and when, and the figures as they were. */
public record Snapshot(UUID id, String title, Instant createdAt, String createdBy, Indicators figures) {

    public static final int TITLE_MAX = 200;

    /** A snapshot as the list of reports shows it, without its figures. */
    public record Listed(UUID id, String title, java.time.LocalDate from, java.time.LocalDate to, Instant createdAt,
                         String createdBy) {
    }
}
