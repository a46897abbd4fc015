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

    /** Reads the bytes as a photo, or refuses them with the reason. */
    public static Photo of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new org.coopole.common.InvalidField("photos", "resource.photo.not-an-image");
        }
        if (bytes.length > MAX_BYTES) {
            throw new org.coopole.common.InvalidField("photos", "resource.photo.too-big", MAX_BYTES / 1024 / 1024);
        }
        String type = Images.contentTypeOf(bytes).orElseThrow(
                () -> new org.coopole.common.InvalidField("photos", "resource.photo.not-an-image"));
        java.awt.Dimension size = Images.size(bytes).orElseThrow(
                () -> new org.coopole.common.InvalidField("photos", "resource.photo.not-an-image"));
        if (size.width > MAX_SIDE || size.height > MAX_SIDE) {
            throw new org.coopole.common.InvalidField("photos", "resource.photo.too-big", MAX_BYTES / 1024 / 1024);
        }
        return new Photo(type, bytes);
    }

    /** A JPEG at most {@value #THUMBNAIL_WIDTH} pixels wide, the same proportions (the one decoding of the photo). */
    public byte[] thumbnail() {
        BufferedImage image = Images.read(bytes).orElseThrow(
                () -> new org.coopole.common.InvalidField("photos", "resource.photo.not-an-image"));
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
