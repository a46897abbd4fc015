package org.coopole.notification;

import org.coopole.live.LiveSignals;
import org.coopole.live.Topic;
import org.coopole.mail.MailTemplate;
import org.coopole.mail.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What follows a notification written in the bell, inside the transaction that wrote it: the recipients' open
 * screens hear of it (on whichever node), and those who want it at once get its email after commit. Features write
 * through {@link Notice}; a job acting for nobody writes through its own definer function, then calls this.
 */
@Component
public class Deliveries {

    private final Outbox outbox;
    private final LiveSignals live;

    Deliveries(Outbox outbox, LiveSignals live) {
        this.outbox = outbox;
        this.live = live;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deliver(List<WrittenNotification> written) {
        written.stream().collect(Collectors.groupingBy(WrittenNotification::poleId)).forEach((pole, told) ->
                live.changed(Topic.INBOX, pole, told.stream().map(n -> n.person().value()).distinct().toList()));
        for (WrittenNotification notification : written) {
            // a digest's notifications leave with the pole's daily email; "never" stays in the bell
            if (notification.delivery() == Delivery.IMMEDIATELY) {
                Map<String, String> params = new HashMap<>(notification.params());
                params.put("kind", notification.kind().name());
                params.put("link", outbox.link(notification.params().getOrDefault("path", "")));
                outbox.send(notification.email(), notification.language(), MailTemplate.NOTIFICATION, params);
            }
        }
    }
}
