package org.coopole.messaging;

import org.coopole.common.PersonId;

import java.time.Instant;
import java.util.List;

/**
 * A message as its conversation's participants read it. {@code kind} says whether it was written or says that
 * {@code aboutName} joined or left. Deleted and hidden messages keep their place with an empty body. {@code mine}
 * when the reader wrote it; {@code changeable} while its author may still edit or delete it.
 */
public record Message(MessageId id, MessageKind kind, PersonId author, String authorName, String forOrganisation,
                      String aboutName, String body, Instant at, boolean mine, boolean edited, boolean deleted,
                      boolean hidden, Quote quote, List<Attachment> attachments, boolean changeable) {

    /** What it was written in kind of. */
    public enum MessageKind {
        TEXT, JOINED, LEFT
    }

    /** The message a reply quotes: its author and first words (empty once deleted or hidden). */
    public record Quote(MessageId id, String authorName, String excerpt) {
    }

    /** A file sent with a message, without its content. */
    public record Attachment(AttachmentId id, String fileName, String mediaType, int sizeBytes, boolean hidden) {
    }
}
