package se.samsyn.geo.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.stereotype.Component;
import se.samsyn.geo.AreaSummary;
import se.samsyn.shared.WorkspaceId;

/** In-memory JTS index of each workspace's area boundaries, rebuilt after boundaries change. */
@Component
class AreaIndex {

    record Entry(AreaSummary area, PreparedGeometry geometry) {}

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Map<WorkspaceId, STRtree> trees = new ConcurrentHashMap<>();

    void invalidate(WorkspaceId workspace) {
        trees.remove(workspace);
    }

    List<AreaSummary> containing(WorkspaceId workspace, double lat, double lon, AreaRepository areas) {
        STRtree tree = trees.computeIfAbsent(workspace, ws -> build(areas.withGeometry(ws)));
        Point point = FACTORY.createPoint(new Coordinate(lon, lat));
        var result = new ArrayList<AreaSummary>();
        for (Object candidate : tree.query(new Envelope(lon, lon, lat, lat))) {
            var entry = (Entry) candidate;
            if (entry.geometry().contains(point)) {
                result.add(entry.area());
            }
        }
        result.sort(Comparator.comparingDouble(AreaSummary::areaKm2));
        return result;
    }

    static Geometry parse(String geojson) {
        try {
            return new GeoJsonReader(FACTORY).read(geojson);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored area geometry is not GeoJSON", e);
        }
    }

    private static STRtree build(List<AreaRepository.StoredArea> areas) {
        var tree = new STRtree();
        for (var stored : areas) {
            Geometry geometry = parse(stored.geojson());
            tree.insert(geometry.getEnvelopeInternal(), new Entry(stored.summary(), PreparedGeometryFactory.prepare(geometry)));
        }
        tree.build();
        return tree;
    }
}
