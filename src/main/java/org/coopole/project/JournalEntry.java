package org.coopole.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An entry of the project's journal: who wrote it for which organisation, the day it tells of, its text and files.
 * {@code editable} while its author may still change it (a day); {@code pinnable} for the pole's animators.
 */
public record JournalEntry(UUID id, String authorName, String organisationName, LocalDate writtenOn, String body,
                           boolean pinned, Instant createdAt, Instant editedAt, boolean editable, boolean pinnable,
                           List<File> files) {

    public static final int BODY_MAX = 8000;

    public record File(UUID id, String fileName, String mediaType, int sizeBytes) {
    }
}
