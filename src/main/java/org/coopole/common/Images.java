package org.coopole.common;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** Uploaded images: PNG or JPEG recognised by their first bytes, whatever the file was called. */
public final class Images {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private Images() {
    }

    /** image/png or image/jpeg from the first bytes. */
    public static Optional<String> contentTypeOf(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** The decoded image, or empty when the bytes are not one. */
    public static Optional<BufferedImage> read(byte[] bytes) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Width and height from the image's header, without decoding its pixels; empty when the bytes are not an image
     * ImageIO can read.
     */
    public static Optional<java.awt.Dimension> size(byte[] bytes) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new java.awt.Dimension(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The image written as PNG or JPEG ({@code format} "png" or "jpeg"). */
    public static byte[] encode(BufferedImage image, String format) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The most pixels an uploaded image may have (checked from its header, before any decoding). */
    public static final long MAX_PIXELS = 24_000_000L;
    /** Images decoded at once on this node: each is bounded by its output size, the count bounds their sum. */
    private static final java.util.concurrent.Semaphore DECODING = new java.util.concurrent.Semaphore(2, true);

    /** An uploaded image as Coopole keeps it: re-encoded, without any metadata, turned the way its camera meant. */
    public record Cleaned(String contentType, byte[] bytes, BufferedImage image) {
    }

    /** Why an upload was refused. */
    public enum Refusal {
        NOT_AN_IMAGE, TOO_LARGE, BUSY
    }

    /** An upload that cannot be kept. */
    public static final class Refused extends RuntimeException {
        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /**
     * Decodes an uploaded PNG or JPEG at most {@code outputSide} pixels on its longer side (subsampled while reading:
     * the full-size pixels are never held), applies its EXIF orientation, and encodes it again in the same format.
     * What was around the pixels (EXIF with GPS position and author, comments, anything after the image's end) is not
     * kept. The header's size is checked first: at most {@code maxSide} a side and {@link #MAX_PIXELS} in all.
     *
     * @throws Refused when the bytes are no such image, too large, or the node is decoding too many at once
     */
    public static Cleaned clean(byte[] bytes, int maxSide, int outputSide) {
        String type = contentTypeOf(bytes).orElseThrow(() -> new Refused(Refusal.NOT_AN_IMAGE));
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new Refused(Refusal.NOT_AN_IMAGE);
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new Refused(Refusal.NOT_AN_IMAGE);
                }
                if (width > maxSide || height > maxSide || (long) width * height > MAX_PIXELS) {
                    throw new Refused(Refusal.TOO_LARGE);
                }
                int orientation = type.equals("image/jpeg") ? exifOrientation(reader) : 1;
                int step = Math.max(1, (int) Math.ceil(Math.max(width, height) / (double) outputSide));
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded;
                if (!DECODING.tryAcquire(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new Refused(Refusal.BUSY);
                }
                try {
                    decoded = reader.read(0, param);
                } finally {
                    DECODING.release();
                }
                BufferedImage upright = upright(decoded, orientation, type.equals("image/png"));
                return new Cleaned(type, type.equals("image/png") ? encode(upright, "png") : jpeg(upright), upright);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw new Refused(Refusal.NOT_AN_IMAGE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(Refusal.BUSY);
        }
    }

    /** The image in 8-bit RGB (ARGB for a PNG), drawn the way its EXIF orientation (1 to 8) says it is seen. */
    static BufferedImage upright(BufferedImage image, int orientation, boolean alpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5 && orientation <= 8;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        if (!alpha) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
        }
        java.awt.geom.AffineTransform t = switch (orientation) {
            case 2 -> new java.awt.geom.AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new java.awt.geom.AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new java.awt.geom.AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new java.awt.geom.AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new java.awt.geom.AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new java.awt.geom.AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new java.awt.geom.AffineTransform(0, -1, 1, 0, 0, w);
            default -> new java.awt.geom.AffineTransform();
        };
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new java.io.ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The EXIF orientation (1 to 8) of the JPEG being read, 1 when it has none. */
    private static int exifOrientation(javax.imageio.ImageReader reader) {
        try {
            var metadata = reader.getImageMetadata(0);
            if (metadata == null) {
                return 1;
            }
            org.w3c.dom.Node tree = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            org.w3c.dom.NodeList markers = ((org.w3c.dom.Element) tree).getElementsByTagName("unknown");
            for (int i = 0; i < markers.getLength(); i++) {
                var marker = (javax.imageio.metadata.IIOMetadataNode) markers.item(i);
                if ("225".equals(marker.getAttribute("MarkerTag")) && marker.getUserObject() instanceof byte[] app1) {
                    int orientation = orientationIn(app1);
                    if (orientation != 0) {
                        return orientation;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
        return 1;
    }

    /** The orientation tag (0x0112) of IFD0 in an APP1 segment starting "Exif\0\0"; 0 when absent. */
    static int orientationIn(byte[] app1) {
        if (app1.length < 14 || app1[0] != 'E' || app1[1] != 'x' || app1[2] != 'i' || app1[3] != 'f') {
            return 0;
        }
        int tiff = 6;
        boolean little = app1[tiff] == 'I' && app1[tiff + 1] == 'I';
        java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(app1, tiff, app1.length - tiff).slice()
                .order(little ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        try {
            int ifd = data.getInt(4);
            int entries = Short.toUnsignedInt(data.getShort(ifd));
            for (int e = 0; e < entries && e < 500; e++) {
                int at = ifd + 2 + 12 * e;
                if (Short.toUnsignedInt(data.getShort(at)) == 0x0112) {
                    int value = Short.toUnsignedInt(data.getShort(at + 8));
                    return value >= 1 && value <= 8 ? value : 0;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return 0;
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
