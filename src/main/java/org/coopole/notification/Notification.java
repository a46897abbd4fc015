package org.coopole.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A notification as its recipient reads it: what happened ({@code kind}), to what ({@code subject}), when, the
 * parameters of its words as they were then, and whether it was seen.
 */
public record Notification(UUID id, NotificationKind kind, Subject subject, Instant at, Map<String, String> params,
                           boolean read) {

    public Notification {
        params = Map.copyOf(params);
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name)).filter(value -> !value.isBlank());
    }

    /** Where it leads inside Coopole (a path such as {@code requests}). */
    public String path() {
        return params.getOrDefault("path", "");
    }
}
