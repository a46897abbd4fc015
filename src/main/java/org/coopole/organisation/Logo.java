package org.coopole.organisation;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** An organisation's logo: a PNG or JPEG, recognised by its content, at most 512 KiB and 4000 pixels a side. */
public record Logo(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_SIDE = 4000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

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
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return Optional.of(Problem.NOT_AN_IMAGE);
            }
            if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
                return Optional.of(Problem.TOO_BIG);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(Problem.NOT_AN_IMAGE);
        }
        return Optional.empty();
    }

    /** image/png or image/jpeg from the first bytes, whatever the file was called. */
    public static Optional<String> contentTypeOf(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
