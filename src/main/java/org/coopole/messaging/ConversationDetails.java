package org.coopole.messaging;

import java.util.List;

/**
 * What the open conversation's header shows: its kind and name, who takes part, and whether the reader started it
 * (the creator of a group adds and removes people).
 */
public record ConversationDetails(ConversationId id, ConversationKind kind, String name, List<Participant> people,
                                  boolean startedByMe) {
}
