package org.coopole.notification;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.common.PersonId;
import org.coopole.mail.MailTemplate;
import org.coopole.mail.Outbox;
import org.coopole.notification.internal.NotificationRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sends the daily digests: a scheduled job, acting for nobody. */
@Component
class DailyDigests {

    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final I18NProvider translations;
    private final java.time.Clock clock;

    DailyDigests(NotificationRepository notifications, Outbox outbox, I18NProvider translations, java.time.Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The daily digests whose time has come, in every pole: one email per person with what waited for it, in their
     * language; each pole's digests leave once a day, whichever node asks first.
     */
    @Scheduled(fixedDelayString = "${coopole.notifications.digest-check-every:PT5M}", initialDelayString = "${coopole.notifications.digest-first-check:PT1M}")
    @Transactional
    void send() {
        Map<PersonId, List<NotificationRepository.Digested>> byPerson = new java.util.LinkedHashMap<>();
        for (NotificationRepository.Digested item : notifications.takeDailyDigests(clock.instant())) {
            byPerson.computeIfAbsent(item.person(), p -> new java.util.ArrayList<>()).add(item);
        }
        byPerson.values().forEach(items -> {
            NotificationRepository.Digested first = items.getFirst();
            java.util.Locale locale = first.language().locale();
            StringBuilder lines = new StringBuilder();
            for (NotificationRepository.Digested item : items) {
                lines.append("• ").append(translations.getTranslation(item.kind().translationKey(), locale,
                        new HashMap<String, Object>(item.params())));
                if (item.params().containsKey("start") && item.params().containsKey("end")) {
                    lines.append(" — ").append(org.coopole.common.Dates.period(
                            java.time.Instant.parse(item.params().get("start")),
                            java.time.Instant.parse(item.params().get("end")), locale,
                            java.time.ZoneId.of(item.params().getOrDefault("zone", "Europe/Paris"))));
                }
                lines.append("\n");
            }
            outbox.send(first.email(), first.language(), MailTemplate.DAILY_DIGEST, Map.of(
                    "count", String.valueOf(items.size()), "items", lines.toString().strip(),
                    "link", outbox.link("")));
        });
    }
}
