package org.coopole.notification;

/**
 * What a notification tells, named after the feature it comes from. Its words are {@code notification.kind.<KIND>}
 * in the translations, with the notice's named parameters.
 */
public enum NotificationKind {
    /** A booking waits for the owner's decision: its owner's managers hear of it. */
    BOOKING_REQUESTED,
    /** A booking was made and confirmed at once: its owner's managers hear of it. */
    BOOKING_MADE,
    BOOKING_CONFIRMED,
    BOOKING_DECLINED,
    BOOKING_CANCELLED_BY_BOOKER,
    BOOKING_CANCELLED_BY_OWNER,
    /** A message in a conversation: its other participants hear of it. */
    MESSAGE_RECEIVED,
    /** A joint project moved to another status: its organisations' managers hear of it. */
    PROJECT_STATUS_CHANGED,
    /** An organisation joined a project as a partner: the project's organisations' managers hear of it. */
    PROJECT_PARTNER_ADDED,
    /** Someone wrote in a project's journal: the project's organisations' managers hear of it. */
    PROJECT_JOURNAL_ENTRY,
    /** A project's milestone is due within a week: the project's people hear of it (a scheduled job, nobody acts). */
    PROJECT_MILESTONE_NEAR,
    /** A project's milestone passed its date without being reached. */
    PROJECT_MILESTONE_OVERDUE,
    /** A slot someone waited for was freed and is held for them for a while: its person hears of it. */
    WAITLIST_OFFERED,
    /** The hold of a slot offered from a waitlist ended without a booking: it went to the next in line. */
    WAITLIST_LAPSED;

    public String translationKey() {
        return "notification.kind." + name();
    }
}
