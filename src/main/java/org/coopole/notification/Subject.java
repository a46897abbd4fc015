package org.coopole.notification;

import java.util.Objects;
import java.util.UUID;

/** The thing a notification is about: its kind and id. */
public record Subject(SubjectKind kind, UUID id) {

    public Subject {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
    }
}
