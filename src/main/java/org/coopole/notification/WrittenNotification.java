package org.coopole.notification;

import org.coopole.common.Language;
import org.coopole.common.PersonId;
import org.coopole.common.PoleId;

import java.util.Map;

/** A notification already in a person's bell, with what its email needs: the address, language and delivery. */
public record WrittenNotification(PoleId poleId, PersonId person, String email, Language language, Delivery delivery,
                                  NotificationKind kind, Map<String, String> params) {

    public WrittenNotification {
        params = Map.copyOf(params);
    }
}
