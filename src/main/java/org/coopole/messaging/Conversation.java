package org.coopole.messaging;

import java.time.Instant;

/**
 * A conversation as its participant lists it: who it is with (the other person, for a direct one), when its last
 * message was written and its first words, and how many messages of the others they have not read.
 */
public record Conversation(ConversationId id, String with, Instant lastMessageAt, String lastWords, int unread) {
}
