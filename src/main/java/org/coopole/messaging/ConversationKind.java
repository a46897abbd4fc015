package org.coopole.messaging;

/** Who a conversation is between, and what it is about. */
public enum ConversationKind {
    /** Two people. */
    DIRECT,
    /** Named, people added and removed by its creator. */
    GROUP,
    /** To an organisation: its managers take part, and whoever of them answers speaks for it. */
    ORGANISATION,
    /** About a resource, with its owner's managers. */
    RESOURCE,
    /** About a booking: the owner's managers, the booker and the booker's organisation's managers. */
    BOOKING,
    /** Attached to a joint project: the people of its organisations; whoever works on it later joins it. */
    PROJECT;

    public String translationKey() {
        return "messaging.kind." + name();
    }
}
