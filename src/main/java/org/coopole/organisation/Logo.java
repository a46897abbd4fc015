package org.coopole.organisation;

import org.coopole.common.Images;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** An organisation's logo: a PNG or JPEG, recognised by its content, at most 512 KiB and 4000 pixels a side. */
public record Logo(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_SIDE = 4000;

    public enum Problem {
        TOO_BIG,
        NOT_AN_IMAGE;

        public String translationKey() {
            return "organisation.logo." + name();
        }
    }

    /** What is wrong with these bytes as a logo, if anything. */
    public static Optional<Problem> check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.of(Problem.NOT_AN_IMAGE);
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of(Problem.TOO_BIG);
        }
        if (contentTypeOf(bytes).isEmpty()) {
            return Optional.of(Problem.NOT_AN_IMAGE);
        }
        Optional<BufferedImage> image = Images.read(bytes);
        if (image.isEmpty()) {
            return Optional.of(Problem.NOT_AN_IMAGE);
        }
        if (image.get().getWidth() > MAX_SIDE || image.get().getHeight() > MAX_SIDE) {
            return Optional.of(Problem.TOO_BIG);
        }
        return Optional.empty();
    }

    /** image/png or image/jpeg from the first bytes, whatever the file was called. */
    public static Optional<String> contentTypeOf(byte[] bytes) {
        return Images.contentTypeOf(bytes);
    }
}
