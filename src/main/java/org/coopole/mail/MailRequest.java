package org.coopole.mail;

import org.coopole.common.Language;

import java.util.Map;

/**
 * An email asked for inside a transaction: sent after that transaction commits, by {@link MailDelivery}, and kept in
 * the event publication registry until it is (an SMTP server down delays it; it never fails the action that asked
 * for it, and is never lost). Carries what its words need, links already made absolute, so that sending reads
 * nothing of the database.
 */
public record MailRequest(String to, Language language, MailTemplate template, Map<String, String> params) {

    public MailRequest {
        params = Map.copyOf(params);
    }
}
