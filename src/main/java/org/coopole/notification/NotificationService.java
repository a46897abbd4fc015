package org.coopole.notification;

import com.vaadin.flow.i18n.I18NProvider;
import org.coopole.booking.BookingEvent;
import org.coopole.common.Dates;
import org.coopole.common.PoleId;
import org.coopole.mail.Mailer;
import org.coopole.notification.internal.NotificationRepository;
import org.coopole.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Tells people what happened to bookings that concern them: in the app (the bell and its unread count) and by
 * email, sent once the booking's transaction has committed (to the log when no SMTP server is configured).
 */
@Service
public class NotificationService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Mailer mailer;
    private final I18NProvider translations;
    private final java.time.Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Mailer mailer,
                        I18NProvider translations, java.time.Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.translations = translations;
    }

    /** The person's latest notifications in the pole, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public List<Notification> latest(PoleId poleId, int limit) {
        return notifications.latest(poleId, currentUser.require(), Math.clamp(limit, 1, 100));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public int unread(PoleId poleId) {
        return notifications.unread(poleId, currentUser.require());
    }

    @Transactional
    @PreAuthorize("@poleAccess.isMember(#poleId)")
    public void markAllRead(PoleId poleId) {
        notifications.markAllRead(poleId, currentUser.require(), clock.instant());
    }

    /** Within the booking's transaction: who hears of it, everyone but the person who acted. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(BookingEvent event) {
        NotificationKind kind = NotificationKind.valueOf(event.kind().name());
        boolean toOwnerManagers = switch (event.kind()) {
            case REQUESTED, BOOKED, CANCELLED_BY_BOOKER -> true;
            case CONFIRMED, DECLINED, CANCELLED_BY_OWNER -> false;
        };
        List<NotificationRepository.Notified> notified = notifications.notify(event.poleId(),
                event.bookingId(), kind, toOwnerManagers, currentUser.require());
        if (notified.isEmpty()) {
            return;
        }
        List<Runnable> mails = notified.stream().<Runnable>map(n -> () -> email(n, kind, event)).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // the booking is committed: a mail server that is down must not turn it into an error on the
                // booker's screen (the notification in the app is kept; the mail is logged as not sent)
                for (Runnable mail : mails) {
                    try {
                        mail.run();
                    } catch (RuntimeException e) {
                        log.warn("A booking email could not be sent: {}", e.toString());
                    }
                }
            }
        });
    }

    private void email(NotificationRepository.Notified recipient, NotificationKind kind, BookingEvent event) {
        var about = recipient.about();
        var locale = recipient.language().locale();
        var format = Dates.dateTimes(locale, about.zone());
        String when = format.format(about.start()) + " – " + format.format(about.end());
        boolean fromOwner = kind == NotificationKind.CONFIRMED || kind == NotificationKind.DECLINED
                || kind == NotificationKind.CANCELLED_BY_OWNER;
        String subject = translations.getTranslation(kind.translationKey(), locale,
                fromOwner ? about.ownerName() : about.bookerName(), about.resourceName());
        StringBuilder text = new StringBuilder(subject).append("\n\n").append(when);
        if (event.occurrences() > 1) {
            text.append("\n").append(translations.getTranslation("notification.mail.occurrences", locale,
                    event.occurrences()));
        }
        if (about.reason() != null && !about.reason().isBlank()) {
            text.append("\n\n").append(translations.getTranslation("notification.mail.reason", locale, about.reason()));
        }
        text.append("\n\n").append(mailer.link(kind == NotificationKind.REQUESTED ? "requests" : "bookings"));
        mailer.send(recipient.email(), subject, text.toString());
    }
}
