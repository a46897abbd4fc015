package org.coopole.messaging;

/** An attachment's content, to download. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {
}
