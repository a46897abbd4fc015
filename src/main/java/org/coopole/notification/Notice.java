package org.coopole.notification;

import org.coopole.common.PersonId;
import org.coopole.common.PoleId;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a feature says happened, and to whom: published inside the feature's transaction, it becomes a notification
 * for each recipient but the actor (the bell, in the same transaction) and an email to each after commit.
 * {@code params} hold what the words need, as text: names, instants (ISO-8601), the pole's time zone ({@code zone}),
 * and {@code path}, where the notification leads inside Coopole.
 */
public record Notice(NotificationKind kind, PoleId poleId, Subject subject, PersonId actor, List<PersonId> recipients,
                     Map<String, String> params) {

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(poleId);
        Objects.requireNonNull(subject);
        recipients = List.copyOf(recipients);
        params = Map.copyOf(params);
    }
}
