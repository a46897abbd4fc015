package org.coopole.demo.internal;

import org.coopole.common.Images;
import org.coopole.resource.ResourceKind;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Placeholder photos for the demo resources: a soft gradient per kind, with the resource's name. */
final class DemoPhotos {

    private DemoPhotos() {
    }

    static byte[] of(ResourceKind kind, String name) {
        Color[] colours = switch (kind) {
            case PREMISES -> new Color[] {new Color(0x2E7D6B), new Color(0x9ED2C0)};
            case EQUIPMENT -> new Color[] {new Color(0x8A5A2B), new Color(0xE8C39E)};
            case VEHICLE -> new Color[] {new Color(0x2B4C8A), new Color(0x9EB7E8)};
            case STAFF -> new Color[] {new Color(0x7A2E6B), new Color(0xE0A6D4)};
        };
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colours[0], 900, 600, colours[1]));
        g.fillRect(0, 0, 900, 600);
        g.setColor(new Color(255, 255, 255, 230));
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
            var metrics = g.getFontMetrics();
            String text = name.length() > 28 ? name.substring(0, 27) + "…" : name;
            g.drawString(text, Math.max(30, (900 - metrics.stringWidth(text)) / 2), 320);
        } catch (RuntimeException | LinkageError noFonts) {
            // a machine without any font (a slim container): the gradient alone will do
            g.fillOval(390, 240, 120, 120);
        }
        g.dispose();
        return Images.encode(image, "png");
    }
}
