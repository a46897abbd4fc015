package org.coopole.mail;

/**
 * The emails Coopole sends. Each one's words are {@code mail.<TEMPLATE>.subject} and {@code .text} in the
 * translations, with named parameters; a notification's are the notification's own words.
 */
public enum MailTemplate {
    /** A person is invited into an organisation (also the manager of a newly admitted one): firstName, organisation, link. */
    INVITATION(true),
    /** A new pole's first animator: firstName, pole, link. */
    POLE_CREATED(true),
    /** A link to choose a new password: firstName, link. */
    PASSWORD_RESET(true),
    /** A notification, in the recipient's language: see {@code NotificationService}. */
    NOTIFICATION(false),
    /** A day's notifications in one email, in the recipient's language: count, items (one a line), link. */
    DAILY_DIGEST(false);

    private final boolean bilingual;

    MailTemplate(boolean bilingual) {
        this.bilingual = bilingual;
    }

    /**
     * Written in French and English at once: sent to someone who has not chosen a language yet (an invitation), or
     * who may read it signed out (a password link).
     */
    public boolean bilingual() {
        return bilingual;
    }
}
