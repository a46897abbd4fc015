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
        Optional<java.awt.Dimension> size = Images.size(bytes); // from the header: no pixel is decoded here
        if (size.isEmpty()) {
            return Optional.of(Problem.NOT_AN_IMAGE);
        }
        if (size.get().width > MAX_SIDE || size.get().height > MAX_SIDE
                || (long) size.get().width * size.get().height > Images.MAX_PIXELS) {
            return Optional.of(Problem.TOO_BIG);
        }
        return Optional.empty();
    }

    /** The longer side of a logo as kept. */
    public static final int KEPT_SIDE = 1024;

    /**
     * The logo as Coopole keeps it: re-encoded without metadata, turned upright, at most {@value #KEPT_SIDE} pixels a
     * side; or the problem.
     */
    public static Logo clean(byte[] bytes) {
        check(bytes).ifPresent(problem -> {
            throw new org.coopole.common.InvalidField("logo", problem.translationKey());
        });
        try {
            Images.Cleaned cleaned = Images.clean(bytes, MAX_SIDE, KEPT_SIDE);
            return new Logo(cleaned.contentType(), cleaned.bytes());
        } catch (Images.Refused refused) {
            throw new org.coopole.common.InvalidField("logo", (refused.reason() == Images.Refusal.NOT_AN_IMAGE
                    ? Problem.NOT_AN_IMAGE : Problem.TOO_BIG).translationKey());
        }
    }

    /** image/png or image/jpeg from the first bytes, whatever the file was called. */
    public static Optional<String> contentTypeOf(byte[] bytes) {
        return Images.contentTypeOf(bytes);
    }
}
