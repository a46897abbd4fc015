package org.coopole.messaging;

import java.util.List;

/** A message about to be sent: its text (may be empty when files are sent), the message it answers, and files. */
public record Draft(String body, MessageId replyTo, List<NewAttachment> attachments) {

    public Draft {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static Draft of(String body) {
        return new Draft(body, null, List.of());
    }

    /** A file as uploaded: its name as the sender's computer had it, and its bytes. */
    public record NewAttachment(String fileName, byte[] content) {
    }
}
