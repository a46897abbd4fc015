package org.coopole.live;

/** What a live signal is about; its subject is the id named here. */
public enum Topic {
    /** A conversation's messages or people changed; the subject is the conversation. */
    CONVERSATION,
    /** A person's notifications changed (a new one, or read); the subject is the person. */
    INBOX,
    /** A resource's bookings changed (requested, made, decided, cancelled); the subject is the resource. */
    BOOKINGS
}
