package se.samsyn.geo.domain;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** H3 cell ids; the native library is loaded once per JVM. Note H3 takes (lat, lng). */
public final class H3Cells {

    private static final H3Core H3;

    static {
        try {
            H3 = H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private H3Cells() {}

    public static long cell(double lat, double lon, int resolution) {
        return H3.latLngToCell(lat, lon, resolution);
    }

    /** The cells whose centres lie inside a WGS84 polygon or multipolygon. */
    static Set<Long> cover(Geometry geometry, int resolution) {
        var cells = new HashSet<Long>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            var polygon = (Polygon) geometry.getGeometryN(i);
            var holes = new ArrayList<List<LatLng>>();
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                holes.add(latLngs(polygon.getInteriorRingN(h)));
            }
            cells.addAll(H3.polygonToCells(latLngs(polygon.getExteriorRing()), holes, resolution));
        }
        return cells;
    }

    private static List<LatLng> latLngs(LineString ring) {
        var points = new ArrayList<LatLng>();
        for (var c : ring.getCoordinates()) {
            points.add(new LatLng(c.y, c.x));
        }
        return points;
    }

    public static H3Core core() {
        return H3;
    }
}
