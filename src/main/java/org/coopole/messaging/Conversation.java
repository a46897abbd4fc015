package org.coopole.messaging;

import java.time.Instant;

/**
 * A conversation as its participant lists it: its name (the other person of a direct one, a group's title, the
 * organisation, resource or booking it is about), when its last message was written and its first words, and how
 * many messages of the others they have not read.
 */
public record Conversation(ConversationId id, ConversationKind kind, String with, Instant lastMessageAt,
                           String lastWords, int unread) {
}
