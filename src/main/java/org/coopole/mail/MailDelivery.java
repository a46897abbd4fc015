package org.coopole.mail;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.common.Dates;
import org.coopole.common.Language;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and sends each email asked for through the {@link Outbox}, after the commit of the transaction that asked,
 * on a thread of its own. A failure (SMTP down) leaves its publication incomplete in the registry, and
 * {@link MailRetry} sends it again later.
 */
@Component
class MailDelivery {

    private final Mailer mailer;
    private final I18NProvider translations;

    MailDelivery(Mailer mailer, I18NProvider translations) {
        this.mailer = mailer;
        this.translations = translations;
    }

    /**
     * After commit, on a thread of its own, and outside any transaction: an SMTP round trip never holds a database
     * connection (with Modulith's {@code @ApplicationModuleListener}, a transaction per email emptied the pool under
     * the booking benchmark's load). The registry still marks the publication complete once this returns, and keeps
     * it when it throws.
     */
    @Async
    @TransactionalEventListener
    void on(MailRequest request) {
        Written written = write(request);
        mailer.send(request.to(), written.subject(), written.text());
    }

    record Written(String subject, String text) {
    }

    /** The email in the recipient's language, or in French then English for a bilingual one. */
    Written write(MailRequest request) {
        if (!request.template().bilingual()) {
            return write(request, request.language().locale());
        }
        Written french = write(request, Language.FR.locale());
        Written english = write(request, Language.EN.locale());
        return new Written(french.subject() + " / " + english.subject(),
                french.text() + "\n\n---\n\n" + english.text());
    }

    private Written write(MailRequest request, Locale locale) {
        if (request.template() == MailTemplate.NOTIFICATION) {
            return notification(request.params(), locale);
        }
        String key = "mail." + request.template().name();
        Map<String, Object> params = new HashMap<>(request.params());
        if (request.params().containsKey("count")) { // a number, for the words' plural rules
            params.put("count", Long.parseLong(request.params().get("count")));
        }
        return new Written(translations.getTranslation(key + ".subject", locale, params),
                translations.getTranslation(key + ".text", locale, params));
    }

    /**
     * A notification: its words as the bell shows them, the period on the pole's clock, how many dates a series
     * holds, the reason given, and a link to where to act.
     */
    private Written notification(Map<String, String> params, Locale locale) {
        Map<String, Object> named = new HashMap<>(params);
        String subject = translations.getTranslation("notification.kind." + params.get("kind"), locale, named);
        StringBuilder text = new StringBuilder(subject);
        if (params.containsKey("start") && params.containsKey("end")) {
            ZoneId zone = ZoneId.of(params.getOrDefault("zone", "Europe/Paris"));
            text.append("\n\n").append(Dates.period(Instant.parse(params.get("start")), Instant.parse(params.get("end")),
                    locale, zone));
        }
        int occurrences = Integer.parseInt(params.getOrDefault("occurrences", "1"));
        if (occurrences > 1) {
            text.append("\n").append(translations.getTranslation("notification.mail.occurrences", locale, occurrences));
        }
        String reason = params.get("reason");
        if (reason != null && !reason.isBlank()) {
            text.append("\n\n").append(translations.getTranslation("notification.mail.reason", locale, reason));
        }
        if (params.containsKey("link")) {
            text.append("\n\n").append(params.get("link"));
        }
        return new Written(subject, text.toString());
    }
}
