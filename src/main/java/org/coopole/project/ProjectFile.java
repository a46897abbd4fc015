package org.coopole.project;

/** A file of a project's journal, to download. */
public record ProjectFile(String fileName, String mediaType, byte[] content) {
}
