package org.coopole.notification;

/** What a notification is about. */
public enum SubjectKind {
    BOOKING,
    CONVERSATION,
    PROJECT,
    WAITLIST
}
