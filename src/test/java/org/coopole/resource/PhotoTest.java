package org.coopole.resource;

import org.coopole.common.InvalidField;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photos are recognised by their content, limited in size, and get a small JPEG thumbnail. */
class PhotoTest {

    @Test
    void aPngIsAcceptedAndItsThumbnailIsASmallerJpegOfTheSameProportions() throws IOException {
        Photo photo = Photo.of(png(1200, 800));
        assertThat(photo.contentType()).isEqualTo("image/png");
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(480);
        assertThat(thumbnail.getHeight()).isEqualTo(320);
        assertThat(photo.thumbnail()[0]).isEqualTo((byte) 0xFF);
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

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
