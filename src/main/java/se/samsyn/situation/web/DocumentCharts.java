package se.samsyn.situation.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import se.samsyn.situation.SituationPicture;

/**
 * Server-side charts and the hexagon map for documents and their PDFs, drawn with Java2D into PNG {@code data:} URIs
 * (openhtmltopdf embeds them; no JavaScript). Every image has the same figures in a table next to it.
 */
final class DocumentCharts {

    private static final Color BAR = new Color(0x1f, 0x5f, 0x8b);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final int SCALE = 2;

    private DocumentCharts() {}

    /** Vertical bars; null values (suppressed) are left empty. */
    static String bars(List<String> labels, List<@Nullable Long> values) {
        int w = 720;
        int h = 260;
        var img = new BufferedImage(w * SCALE, h * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        long max = Math.max(1, values.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(1));
        int left = 40;
        int bottom = h - 40;
        int top = 15;
        int n = Math.max(1, values.size());
        double step = (w - left - 10) / (double) n;
        g.setColor(INK);
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, w - 10, bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.drawString(Long.toString(max), 4, top + 8);
        g.drawString("0", 28, bottom);
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < values.size(); i++) {
            Long v = values.get(i);
            int x = (int) (left + i * step + step * 0.15);
            int bw = Math.max(1, (int) (step * 0.7));
            if (v != null && v > 0) {
                int bh = (int) Math.round((bottom - top) * (v / (double) max));
                g.setColor(BAR);
                g.fillRect(x, bottom - bh, bw, bh);
            }
            if (i % labelEvery == 0 && i < labels.size()) {
                g.setColor(INK);
                g.drawString(labels.get(i), x, bottom + 14 + (i / labelEvery % 2) * 12);
            }
        }
        return png(img, g);
    }

    /** The hexagons with observations, shaded by count; hot spots with a red edge, cold spots with a blue one. */
    static String hexagons(List<SituationPicture.Hexagon> hexagons) {
        int w = 600;
        int h = 420;
        var img = new BufferedImage(w * SCALE, h * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img);
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        long max = 1;
        for (var hex : hexagons) {
            for (double[] p : hex.boundary()) {
                minLat = Math.min(minLat, p[0]);
                maxLat = Math.max(maxLat, p[0]);
                minLon = Math.min(minLon, p[1]);
                maxLon = Math.max(maxLon, p[1]);
            }
            if (hex.count() != null) {
                max = Math.max(max, hex.count());
            }
        }
        if (hexagons.isEmpty()) {
            return png(img, g);
        }
        double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max(1e-9, (maxLon - minLon) * kx);
        double spanY = Math.max(1e-9, maxLat - minLat);
        double s = Math.min((w - 20) / spanX, (h - 20) / spanY);
        for (var hex : hexagons) {
            var path = new Path2D.Double();
            boolean first = true;
            for (double[] p : hex.boundary()) {
                double x = 10 + (p[1] - minLon) * kx * s;
                double y = h - 10 - (p[0] - minLat) * s;
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
            double share = hex.count() == null ? 0.1 : hex.count() / (double) max;
            int c = (int) (235 - 170 * share);
            g.setColor(new Color(c, c, 255 - (int) (60 * share)));
            g.fill(path);
            g.setStroke(new BasicStroke(hex.bin() == 0 ? 0.5f : 2f));
            g.setColor(hex.bin() > 0 ? Color.RED : hex.bin() < 0 ? Color.BLUE : Color.GRAY);
            g.draw(path);
        }
        return png(img, g);
    }

    private static Graphics2D start(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(SCALE, SCALE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    private static String png(BufferedImage img, Graphics2D g) {
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
