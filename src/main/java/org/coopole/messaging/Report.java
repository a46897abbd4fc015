package org.coopole.messaging;

import java.time.Instant;

/**
 * A message or an attachment reported to the pole's animators: what the reporter saw and why they reported it.
 * {@code attachment} names the attachment reported, or is null for the message itself.
 */
public record Report(ReportId id, String reporterName, String authorName, String excerpt, AttachmentId attachment,
                     String reason, Instant at) {
}
