package org.coopole.organisation;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class LogoTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1f6f5c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void pngAndJpegImagesAreRecognisedByTheirContent() throws IOException {
        assertThat(Logo.check(image("png", 120, 60))).isEmpty();
        assertThat(Logo.contentTypeOf(image("png", 10, 10))).contains("image/png");
        assertThat(Logo.check(image("jpg", 120, 60))).isEmpty();
        assertThat(Logo.contentTypeOf(image("jpg", 10, 10))).contains("image/jpeg");
    }

    @Test
    void aFileThatOnlyPretendsToBeAnImageIsRefused() {
        assertThat(Logo.check("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .contains(Logo.Problem.NOT_AN_IMAGE);
        byte[] fakePng = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 200);
        assertThat(Logo.check(fakePng)).contains(Logo.Problem.NOT_AN_IMAGE);
        assertThat(Logo.check(new byte[0])).contains(Logo.Problem.NOT_AN_IMAGE);
    }

    @Test
    void aHeavyOrHugeImageIsRefused() throws IOException {
        assertThat(Logo.check(new byte[Logo.MAX_BYTES + 1])).contains(Logo.Problem.TOO_BIG);
        assertThat(Logo.check(image("png", 4001, 2))).contains(Logo.Problem.TOO_BIG);
    }
}
