package se.samsyn.incident.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import se.samsyn.shared.RuleViolationException;

/**
 * Accepts a JPEG or PNG only when it decodes as one (a zip or SVG with an image name does not), refuses oversized
 * files and pixel bombs, and re-encodes the pixels so that EXIF, GPS and every other metadata block is gone.
 */
public final class PhotoSanitizer {

    public record CleanPhoto(String contentType, byte[] data, int width, int height) {}

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_SOURCE_PIXELS = 40_000_000;
    static final int MAX_SIDE = 2048;

    private PhotoSanitizer() {}

    public static CleanPhoto sanitize(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RuleViolationException("incident.error.photoNotImage");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolationException("incident.error.photoTooLarge");
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                throw new RuleViolationException("incident.error.photoNotImage");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                boolean png = format.equals("png");
                if (!png && !format.equals("jpeg") && !format.equals("jpg")) {
                    throw new RuleViolationException("incident.error.photoNotImage");
                }
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_SOURCE_PIXELS) {
                    throw new RuleViolationException("incident.error.photoTooLarge");
                }
                BufferedImage image = reader.read(0);
                BufferedImage clean = redraw(image, png);
                var out = new ByteArrayOutputStream();
                if (!ImageIO.write(clean, png ? "png" : "jpeg", out)) {
                    throw new RuleViolationException("incident.error.photoNotImage");
                }
                return new CleanPhoto(png ? "image/png" : "image/jpeg", out.toByteArray(), clean.getWidth(), clean.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException rule) {
                throw rule;
            }
            throw new RuleViolationException("incident.error.photoNotImage");
        }
    }

    /** Copies only the pixels into a new image, scaled down so the longest side is at most {@link #MAX_SIDE}. */
    private static BufferedImage redraw(BufferedImage image, boolean keepAlpha) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        var copy = new BufferedImage(w, h, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
