package se.samsyn.situation.domain;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The H3 grid the hotspot analysis runs on: cells covering area polygons, neighbours and cell outlines. */
final class HexGrid {

    static final int RESOLUTION = 9;

    private static volatile H3Core h3;

    private HexGrid() {}

    static H3Core h3() {
        if (h3 == null) {
            synchronized (HexGrid.class) {
                if (h3 == null) {
                    try {
                        h3 = H3Core.newInstance();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return h3;
    }

    /** Cells whose centres lie inside a GeoJSON Polygon or MultiPolygon geometry. */
    static Set<Long> cover(JsonNode geometry, int resolution) {
        Set<Long> cells = new HashSet<>();
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            cells.addAll(polygon(coordinates, resolution));
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode polygon : coordinates) {
                cells.addAll(polygon(polygon, resolution));
            }
        }
        return cells;
    }

    private static List<Long> polygon(JsonNode rings, int resolution) {
        if (!rings.isArray() || rings.isEmpty()) {
            return List.of();
        }
        List<LatLng> outer = ring(rings.get(0));
        List<List<LatLng>> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(ring(rings.get(i)));
        }
        return h3().polygonToCells(outer, holes, resolution);
    }

    private static List<LatLng> ring(JsonNode ring) {
        List<LatLng> points = new ArrayList<>();
        for (JsonNode position : ring) {
            points.add(new LatLng(position.get(1).asDouble(), position.get(0).asDouble()));
        }
        return points;
    }

    /** The cell itself and its six neighbours (gridDisk with k = 1). */
    static List<Long> disk(long cell) {
        return h3().gridDisk(cell, 1);
    }

    /** The outline as [lat, lon] pairs. */
    static List<double[]> boundary(long cell) {
        return h3().cellToBoundary(cell).stream().map(p -> new double[] {round(p.lat), round(p.lng)}).toList();
    }

    static String name(long cell) {
        return h3().h3ToString(cell);
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
