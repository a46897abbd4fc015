package org.coopole.project;

import java.time.LocalDate;
import java.util.List;

/** A journal entry about to be written: the day it tells of, its text, and files as uploaded. */
public record JournalDraft(LocalDate writtenOn, String body, List<NewFile> files) {

    public JournalDraft {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A file as uploaded: its name on the writer's computer and its bytes. */
    public record NewFile(String fileName, byte[] content) {
    }
}
