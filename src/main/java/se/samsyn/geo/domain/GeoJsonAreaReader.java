package se.samsyn.geo.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads polygon features from GeoJSON (WGS84, lon/lat) and refuses the whole file on the first problem: wrong
 * structure, swapped axis order, coordinates outside Sweden, invalid polygons, missing names or duplicate codes. JTS's
 * reader drops feature properties, so features are walked with Jackson and only their geometry goes to JTS.
 */
public final class GeoJsonAreaReader {

    public static final int MAX_BYTES = 50 * 1024 * 1024;
    public static final int MAX_FEATURES = 5000;
    static final Envelope SWEDEN = new Envelope(10.0, 24.5, 55.0, 69.5);
    static final List<String> NAME_KEYS = List.of("name", "namn", "kom_namn", "omr_namn", "NAME", "Namn");
    static final List<String> CODE_KEYS = List.of("code", "kod", "id", "omr_kod", "kommunkod", "CODE");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonAreaReader() {}

    static List<AreaFeature> read(byte[] bytes, @Nullable String nameKey, @Nullable String codeKey,
            @Nullable String filterKey, @Nullable String filterValue) {
        return read(bytes, nameKey, codeKey, filterKey, filterValue, MAX_BYTES);
    }

    /** As {@link #read(byte[], String, String, String, String)} with a size limit other than the default. */
    static List<AreaFeature> read(byte[] bytes, @Nullable String nameKey, @Nullable String codeKey,
            @Nullable String filterKey, @Nullable String filterValue, long maxBytes) {
        if (bytes.length == 0) {
            throw new AreaFileProblem("geo.import.error.empty");
        }
        if (bytes.length > maxBytes) {
            throw new AreaFileProblem("geo.import.error.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new AreaFileProblem("geo.import.error.notJson");
        }
        List<JsonNode> features = features(root);
        if (features.isEmpty()) {
            throw new AreaFileProblem("geo.import.error.noFeatures");
        }
        if (features.size() > MAX_FEATURES) {
            throw new AreaFileProblem("geo.import.error.tooManyFeatures", MAX_FEATURES);
        }
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var reader = new GeoJsonReader(factory);
        var result = new ArrayList<AreaFeature>();
        int number = 0;
        for (JsonNode feature : features) {
            number++;
            JsonNode props = feature.path("properties");
            if (filterKey != null && !filterKey.isBlank() && filterValue != null && !filterValue.isBlank()
                    && !filterValue.strip().equalsIgnoreCase(text(props, filterKey))) {
                continue;
            }
            Geometry geometry = geometry(reader, feature.path("geometry"), number);
            String name = firstText(props, nameKey, NAME_KEYS);
            if (name == null || name.isBlank()) {
                throw new AreaFileProblem("geo.import.error.missingName", number);
            }
            String code = firstText(props, codeKey, CODE_KEYS);
            result.add(new AreaFeature(number, name.strip(), code == null || code.isBlank() ? null : code.strip(),
                    geometry));
        }
        if (result.isEmpty()) {
            throw new AreaFileProblem("geo.import.error.filterMatchedNothing", String.valueOf(filterValue));
        }
        requireUniqueCodes(result);
        return result;
    }

    private static List<JsonNode> features(JsonNode root) {
        String type = root.path("type").asString("");
        var list = new ArrayList<JsonNode>();
        if ("FeatureCollection".equals(type) && root.path("features").isArray()) {
            root.path("features").forEach(list::add);
        } else if ("Feature".equals(type)) {
            list.add(root);
        } else {
            throw new AreaFileProblem("geo.import.error.notFeatureCollection");
        }
        return list;
    }

    private static Geometry geometry(GeoJsonReader reader, JsonNode node, int number) {
        if (node.isMissingNode() || node.isNull()) {
            throw new AreaFileProblem("geo.import.error.missingGeometry", number);
        }
        requireClosedRings(node, number);
        Geometry geometry;
        try {
            geometry = reader.read(node.toString());
        } catch (ParseException | RuntimeException e) {
            throw new AreaFileProblem("geo.import.error.badGeometry", number);
        }
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            throw new AreaFileProblem("geo.import.error.notPolygon", number, geometry.getGeometryType());
        }
        if (geometry.isEmpty()) {
            throw new AreaFileProblem("geo.import.error.badGeometry", number);
        }
        Envelope env = geometry.getEnvelopeInternal();
        if (!SWEDEN.contains(env)) {
            var swapped = new Envelope(env.getMinY(), env.getMaxY(), env.getMinX(), env.getMaxX());
            if (SWEDEN.contains(swapped)) {
                throw new AreaFileProblem("geo.import.error.axisOrder", number);
            }
            throw new AreaFileProblem("geo.import.error.outsideSweden", number);
        }
        var validation = new IsValidOp(geometry).getValidationError();
        if (validation != null) {
            String where = String.format(Locale.ROOT, "%.5f, %.5f", validation.getCoordinate().y,
                    validation.getCoordinate().x);
            int type = validation.getErrorType();
            if (type == TopologyValidationError.SELF_INTERSECTION
                    || type == TopologyValidationError.RING_SELF_INTERSECTION) {
                throw new AreaFileProblem("geo.import.error.selfIntersection", number, where);
            }
            throw new AreaFileProblem("geo.import.error.invalidPolygon", number, validation.getMessage(), where);
        }
        return geometry;
    }

    /** JTS refuses unclosed rings with a bare exception; say which feature and what is wrong instead. */
    private static void requireClosedRings(JsonNode geometry, int number) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            return;
        }
        if ("Polygon".equals(type)) {
            coordinates.forEach(ring -> requireClosedRing(ring, number));
        } else if ("MultiPolygon".equals(type)) {
            coordinates.forEach(polygon -> polygon.forEach(ring -> requireClosedRing(ring, number)));
        }
    }

    private static void requireClosedRing(JsonNode ring, int number) {
        if (!ring.isArray() || ring.isEmpty()) {
            return;
        }
        if (ring.size() < 4) {
            throw new AreaFileProblem("geo.import.error.tooFewPoints", number);
        }
        JsonNode first = ring.get(0);
        JsonNode last = ring.get(ring.size() - 1);
        if (first.size() < 2 || last.size() < 2 || first.get(0).asDouble() != last.get(0).asDouble()
                || first.get(1).asDouble() != last.get(1).asDouble()) {
            throw new AreaFileProblem("geo.import.error.ringNotClosed", number);
        }
    }

    private static void requireUniqueCodes(List<AreaFeature> features) {
        var seen = new HashMap<String, Integer>();
        for (AreaFeature f : features) {
            if (f.code() == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(f.code(), f.number());
            if (earlier != null) {
                throw new AreaFileProblem("geo.import.error.duplicateCode", f.code(), earlier, f.number());
            }
        }
    }

    private static @Nullable String firstText(JsonNode props, @Nullable String preferred, List<String> fallbacks) {
        if (preferred != null && !preferred.isBlank()) {
            return text(props, preferred.strip());
        }
        for (String key : fallbacks) {
            String value = text(props, key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String text(JsonNode props, String key) {
        JsonNode v = props.get(key);
        if (v == null || v.isNull() || v.isContainer()) {
            return null;
        }
        return v.asString();
    }
}
