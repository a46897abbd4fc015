package org.coopole.messaging;

import java.time.Instant;

/** A message found by a search in one's own conversations. */
public record Found(ConversationId conversation, String with, MessageId message, String authorName, String excerpt,
                    Instant at) {
}
