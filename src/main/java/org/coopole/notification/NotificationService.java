package org.coopole.notification;

import org.coopole.common.PoleId;
import org.coopole.live.LiveSignals;
import org.coopole.live.Topic;
import org.coopole.mail.Outbox;
import org.coopole.notification.internal.NotificationRepository;
import org.coopole.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import org.coopole.security.PoleMember;
import org.coopole.security.PoleAnimator;

/**
 * The inbox: what features say happened ({@link Notice}) becomes, for each recipient but the person who acted, a
 * notification in the app (the bell and its unread count), written in the same transaction as what it tells of, and
 * an email in the recipient's language, sent through the {@link Outbox} once that transaction has committed (kept
 * and tried again while the SMTP server is away; logged when none is configured).
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final LiveSignals live;
    private final Deliveries deliveries;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, java.time.Clock clock,
                        LiveSignals live, Deliveries deliveries) {
        this.clock = clock;
        this.live = live;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.deliveries = deliveries;
    }

    /** The person's latest notifications in the pole, newest first. */
    @Transactional(readOnly = true)
    @PoleMember
    public List<Notification> latest(PoleId poleId, int limit) {
        return notifications.latest(poleId, currentUser.require(), Math.clamp(limit, 1, 100));
    }

    @Transactional(readOnly = true)
    @PoleMember
    public int unread(PoleId poleId) {
        return notifications.unread(poleId, currentUser.require());
    }

    @Transactional
    @PoleMember
    public void markAllRead(PoleId poleId) {
        notifications.markAllRead(poleId, currentUser.require(), clock.instant());
        live.changed(Topic.INBOX, poleId, currentUser.require().value());
    }

    /** The person's notifications about that subject are read (a conversation opened, say). */
    @Transactional
    @PoleMember
    public void markRead(PoleId poleId, Subject subject) {
        notifications.markRead(poleId, currentUser.require(), java.util.Objects.requireNonNull(subject), clock.instant());
        live.changed(Topic.INBOX, poleId, currentUser.require().value());
    }

    /** Within the transaction of what happened: the notifications, and an email to each recipient after commit. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(Notice notice) {
        deliveries.deliver(notifications.write(notice).stream()
                .map(r -> new WrittenNotification(notice.poleId(), r.id(), r.email(), r.language(), r.delivery(),
                        notice.kind(), notice.params()))
                .toList());
    }

    /** How each kind of notification reaches the signed-in person by email. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<NotificationKind, Delivery> preferences() {
        return notifications.preferences(currentUser.require());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void prefer(NotificationKind kind, Delivery delivery) {
        notifications.prefer(currentUser.require(), java.util.Objects.requireNonNull(kind),
                java.util.Objects.requireNonNull(delivery));
    }

    /** When the pole's daily digests leave, on its clock. */
    @Transactional(readOnly = true)
    @PoleMember
    public java.time.LocalTime digestTime(PoleId poleId) {
        return notifications.digestTime(poleId);
    }

    @Transactional
    @PoleAnimator
    public void setDigestTime(PoleId poleId, java.time.LocalTime at) {
        if (at == null) {
            throw new org.coopole.common.InvalidField("digestTime", "validation.required");
        }
        notifications.setDigestTime(poleId, at.withSecond(0).withNano(0));
    }
}
