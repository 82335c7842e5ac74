package se.samsyn.demo.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Demo EST areas: hexagons of about 700 m around real neighbourhood centres. The shapes are approximations for the
 * demo; real installations import their own boundaries.
 */
final class DemoAreas {

    private DemoAreas() {}

    static byte[] lund() {
        return collection(
                area("Lund centrum", "EST-LU-01", 55.7047, 13.1910, 0.9),
                area("Norra Fäladen", "EST-LU-02", 55.7230, 13.2050, 0.8),
                area("Linero", "EST-LU-03", 55.7090, 13.2330, 0.7),
                area("Klostergården", "EST-LU-04", 55.6930, 13.1750, 0.7),
                area("Södra Sandby", "EST-LU-05", 55.7170, 13.3450, 0.9),
                area("Veberöd", "EST-LU-06", 55.6340, 13.4950, 0.9));
    }

    static byte[] lomma() {
        return collection(
                area("Lomma centrum", "EST-LO-01", 55.6730, 13.0700, 0.8),
                area("Bjärred", "EST-LO-02", 55.7170, 13.0230, 0.9));
    }

    static byte[] kavlinge() {
        return collection(
                area("Kävlinge centrum", "EST-KA-01", 55.7930, 13.1120, 0.8),
                area("Furulund", "EST-KA-02", 55.7730, 13.0950, 0.7),
                area("Löddeköpinge", "EST-KA-03", 55.7660, 13.0170, 0.8));
    }

    private static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String area(String name, String code, double lat, double lon, double radiusKm) {
        var ring = new StringBuilder();
        double dLat = radiusKm / 111.32;
        double dLon = radiusKm / (111.32 * Math.cos(Math.toRadians(lat)));
        for (int i = 0; i <= 6; i++) {
            double angle = Math.toRadians(60.0 * (i % 6) + 30.0);
            if (i > 0) {
                ring.append(',');
            }
            ring.append(String.format(Locale.ROOT, "[%.6f,%.6f]", lon + dLon * Math.cos(angle), lat + dLat * Math.sin(angle)));
        }
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\",\"code\":\"" + code
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}";
    }
}
