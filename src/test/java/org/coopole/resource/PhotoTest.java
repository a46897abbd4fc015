package org.coopole.resource;

import org.coopole.common.InvalidField;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Photos are recognised by their content, limited in size before any decoding, re-encoded without what surrounded
 * their pixels, turned as the camera meant, and get a small JPEG thumbnail.
 */
class PhotoTest {

    @Test
    void aPngIsAcceptedAndItsThumbnailIsASmallerJpegOfTheSameProportions() throws IOException {
        Photo.Prepared prepared = Photo.of(png(1200, 800));
        assertThat(prepared.photo().contentType()).isEqualTo("image/png");
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(prepared.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(480);
        assertThat(thumbnail.getHeight()).isEqualTo(320);
        assertThat(prepared.thumbnail()[0]).isEqualTo((byte) 0xFF);
    }

    @Test
    void aTextFileCalledPhotoIsRefusedAndSoIsAnOversizedImage() throws IOException {
        assertThatThrownBy(() -> Photo.of("not a photo".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("resource.photo.not-an-image"));
        byte[] wide = png(Photo.MAX_SIDE + 1, 10);
        assertThatThrownBy(() -> Photo.of(wide))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("resource.photo.too-big"));
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderBeforeAnyDecoding() throws IOException {
        // 6000 × 6000 of 16-bit grey: a few hundred KiB that would decode to tens of MiB
        BufferedImage big = new BufferedImage(6000, 6000, BufferedImage.TYPE_USHORT_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(big, "png", out);
        assertThat(out.size()).isLessThan(Photo.MAX_BYTES);
        long started = System.nanoTime();
        assertThatThrownBy(() -> Photo.of(out.toByteArray()))
                .isInstanceOfSatisfying(InvalidField.class,
                        e -> assertThat(e.messageKey()).isEqualTo("resource.photo.too-big"));
        System.out.printf("6000×6000 16-bit PNG (%d KiB) refused in %d ms%n", out.size() / 1024,
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void whatFollowsAPngsEndIsNotServedAgain() throws IOException {
        byte[] image = png(40, 30);
        byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = Arrays.copyOf(image, image.length + script.length);
        System.arraycopy(script, 0, polyglot, image.length, script.length);
        byte[] kept = Photo.of(polyglot).photo().bytes();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(decoded.getWidth()).isEqualTo(40);
        assertThat(decoded.getHeight()).isEqualTo(30);
    }

    @Test
    void aJpegLosesItsExifGpsAndAuthorButKeepsItsOrientation() throws IOException {
        // 60 wide × 20 high, red on its left third, stored with EXIF orientation 6 (to be turned 90° clockwise)
        BufferedImage sideways = new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB);
        var g = sideways.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 20);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.dispose();
        byte[] jpeg = jpegWithExif(sideways, 6, "Camille Martin", "44.7361N 5.3686E");
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).contains("Camille Martin", "44.7361N");

        byte[] kept = Photo.of(jpeg).photo().bytes();
        String text = new String(kept, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Camille Martin", "44.7361N", "Exif");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(60);
        // turned clockwise, the left (red) third is now at the top
        assertThat(new Color(upright.getRGB(10, 8)).getRed()).isGreaterThan(200);
        assertThat(new Color(upright.getRGB(10, 8)).getGreen()).isLessThan(80);
        assertThat(new Color(upright.getRGB(10, 52)).getGreen()).isGreaterThan(200);
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 EXIF segment: orientation, artist, and the position as a plain string. */
    static byte[] jpegWithExif(BufferedImage image, int orientation, String artist, String position) throws IOException {
        byte[] artistBytes = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] positionBytes = (position + "\0").getBytes(StandardCharsets.US_ASCII);
        int entries = 3;
        int ifdSize = 2 + entries * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(8 + ifdSize + artistBytes.length + positionBytes.length)
                .order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artistBytes.length).putInt(8 + ifdSize);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(positionBytes.length)
                .putInt(8 + ifdSize + artistBytes.length);
        tiff.putInt(0);
        tiff.put(artistBytes).put(positionBytes);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());

        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
        IIOMetadataNode app1 = new IIOMetadataNode("unknown");
        app1.setAttribute("MarkerTag", "225");
        app1.setUserObject(exif);
        markers.insertBefore(app1, markers.getFirstChild());
        metadata.setFromTree("javax_imageio_jpeg_image_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
