package org.coopole.resource;

import org.coopole.common.Images;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A photo of a resource: PNG or JPEG recognised by its content, at most 2 MiB and 6000 pixels a side, with a
 * thumbnail (JPEG, 480 pixels wide at most) made on the server for the catalogue's cards.
 */
public record Photo(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SIDE = 6000;
    public static final int MAX_PHOTOS = 5;
    static final int THUMBNAIL_WIDTH = 480;

    /** The longer side of the photo as kept (an upload is subsampled to it while decoding). */
    public static final int KEPT_SIDE = 2400;

    /** A photo ready to store: the re-encoded image and its thumbnail. */
    public record Prepared(Photo photo, byte[] thumbnail) {
    }

    /**
     * Reads the bytes as a photo, re-encoded without its metadata (a camera's GPS position, an author, anything hidden
     * after the image) and turned as its EXIF orientation says, or refuses them with the reason.
     */
    public static Prepared of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new org.coopole.common.InvalidField("photos", "resource.photo.not-an-image");
        }
        if (bytes.length > MAX_BYTES) {
            throw new org.coopole.common.InvalidField("photos", "resource.photo.too-big", MAX_BYTES / 1024 / 1024);
        }
        Images.Cleaned cleaned;
        try {
            cleaned = Images.clean(bytes, MAX_SIDE, KEPT_SIDE);
        } catch (Images.Refused refused) {
            throw switch (refused.reason()) {
                case TOO_LARGE -> new org.coopole.common.InvalidField("photos", "resource.photo.too-big",
                        MAX_BYTES / 1024 / 1024);
                case BUSY -> new org.coopole.common.InvalidField("photos", "resource.photo.busy");
                case NOT_AN_IMAGE -> new org.coopole.common.InvalidField("photos", "resource.photo.not-an-image");
            };
        }
        Photo photo = new Photo(cleaned.contentType(), cleaned.bytes());
        return new Prepared(photo, thumbnail(cleaned.image()));
    }

    /** A JPEG at most {@value #THUMBNAIL_WIDTH} pixels wide, the same proportions. */
    static byte[] thumbnail(BufferedImage image) {
        int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
        int height = Math.max(1, Math.round(image.getHeight() * (width / (float) image.getWidth())));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = small.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return Images.encode(small, "jpeg");
    }

}
