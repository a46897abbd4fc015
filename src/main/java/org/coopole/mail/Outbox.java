package org.coopole.mail;

import org.coopole.common.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * The one way a feature sends an email: it asks within its transaction, and the email leaves once that transaction
 * has committed (nothing is sent for an action that rolled back), tried again later if the SMTP server is away.
 */
@Component
public class Outbox {

    private final ApplicationEventPublisher events;
    private final Mailer mailer;

    Outbox(ApplicationEventPublisher events, Mailer mailer) {
        this.events = events;
        this.mailer = mailer;
    }

    /** Joins the caller's transaction, or makes one of its own: the request is written with it. */
    @Transactional
    public void send(String to, Language language, MailTemplate template, Map<String, String> params) {
        events.publishEvent(new MailRequest(to, language, template, params));
    }

    /** An absolute link to a path of Coopole, for an email's parameters (see {@link Mailer#link}). */
    public String link(String path) {
        return mailer.link(path);
    }
}
