package org.coopole.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file sent with a message or a project's journal entry is, decided by its content and never by its name: a PDF, a PNG or JPEG image
 * (re-encoded, without its metadata), or an office document (Word, Excel, PowerPoint, or their OpenDocument
 * counterparts, recognised by the parts inside their ZIP). Anything else is refused with the reason.
 */
public final class Attachments {

    /** The largest file, in bytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Files with one message or entry. */
    public static final int MAX_FILES = 5;
    private static final int MAX_IMAGE_SIDE = 12_000;
    private static final int KEPT_IMAGE_SIDE = 2_400;
    /** Entries read in an office document before giving up: its parts are named near the start. */
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** A file ready to store. */
    public record Checked(String fileName, String mediaType, byte[] content) {
    }

    private Attachments() {
    }

    /** The file ready to store, or the reason it is refused ({@code InvalidField} on "attachments"). */
    public static Checked check(String givenName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidField("attachments", "messaging.attachment.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidField("attachments", "messaging.attachment.too-big", MAX_BYTES / 1024 / 1024);
        }
        String type = typeOf(bytes);
        if (type == null) {
            throw new InvalidField("attachments", "messaging.attachment.not-allowed");
        }
        byte[] kept = bytes;
        if (type.startsWith("image/")) {
            try {
                Images.Cleaned cleaned = Images.clean(bytes, MAX_IMAGE_SIDE, KEPT_IMAGE_SIDE);
                kept = cleaned.bytes();
                type = cleaned.contentType();
            } catch (Images.Refused refused) {
                throw switch (refused.reason()) {
                    case TOO_LARGE -> new InvalidField("attachments", "messaging.attachment.too-big",
                            MAX_BYTES / 1024 / 1024);
                    case BUSY -> new InvalidField("attachments", "messaging.attachment.busy");
                    case NOT_AN_IMAGE -> new InvalidField("attachments", "messaging.attachment.not-allowed");
                };
            }
            if (kept.length > MAX_BYTES) {
                throw new InvalidField("attachments", "messaging.attachment.too-big", MAX_BYTES / 1024 / 1024);
            }
        }
        return new Checked(fileName(givenName, type), type, kept);
    }

    /** The media type the content shows, or null. */
    public static String typeOf(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return "application/pdf";
        }
        var image = Images.contentTypeOf(bytes);
        if (image.isPresent()) {
            return image.get();
        }
        if (startsWith(bytes, ZIP)) {
            return officeType(bytes);
        }
        return null;
    }

    private static String officeType(byte[] bytes) {
        boolean contentTypes = false;
        String main = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (seen == 1 && name.equals("mimetype")) {
                    // OpenDocument: its first entry, stored, says what it is
                    String said = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return switch (said) {
                        case "application/vnd.oasis.opendocument.text",
                             "application/vnd.oasis.opendocument.spreadsheet",
                             "application/vnd.oasis.opendocument.presentation" -> said;
                        default -> null;
                    };
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (main == null && name.equals("word/document.xml")) {
                    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                } else if (main == null && name.equals("xl/workbook.xml")) {
                    main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                } else if (main == null && name.equals("ppt/presentation.xml")) {
                    main = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                }
                if (contentTypes && main != null) {
                    return main;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return null;
        }
        return null;
    }

    /** The name without any folder, hidden characters or odd length, ending as its type does. */
    public static String fileName(String given, String type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && !TextRules.hasHiddenCharacters(
                new String(Character.toChars(c)), false)).forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        String extension = extension(type);
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.endsWith(extension) ? name.substring(0, name.length() - extension.length())
                : extension.equals(".jpg") && lower.endsWith(".jpeg") ? name.substring(0, name.length() - 5) : name;
        if (base.isBlank()) {
            base = "document";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + extension;
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> ".docx";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> ".xlsx";
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> ".pptx";
            case "application/vnd.oasis.opendocument.text" -> ".odt";
            case "application/vnd.oasis.opendocument.spreadsheet" -> ".ods";
            case "application/vnd.oasis.opendocument.presentation" -> ".odp";
            default -> "";
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
