package se.samsyn.geo.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.AreasImported;
import se.samsyn.geo.Location;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.GeoPoint;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Imports, lists, exports and retires areas, and locates points in them. */
@Service
public class AreaService {

    public record ImportRequest(WorkspaceId workspace, AreaType type, String fileName, byte[] content,
            @Nullable String nameProperty, @Nullable String codeProperty, @Nullable String filterProperty,
            @Nullable String filterValue, LocalDate validFrom, @Nullable LocalDate validTo, UUID importedBy) {}

    /** {@code unchanged}: features identical to an area the workspace already has, so not stored again. */
    public record ImportResult(UUID importId, int imported, int unchanged, boolean alreadyImported, List<String> names) {}

    /** An area with its parent, children, centroid projection and H3 facts. */
    public record AreaDetails(AreaSummary area, @Nullable AreaSummary parent, List<AreaSummary> children,
            double centroidSwerefE, double centroidSwerefN, long centroidH3r7, int h3Cells, int h3Resolution) {

        public String centroidH3r7Address() {
            return Long.toHexString(centroidH3r7);
        }
    }

    static final int DETAIL_RESOLUTION = 7;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AreaRepository areas;
    private final AreaIndex index;
    private final OrganisationApi organisations;
    private final AuditApi audit;
    private final ApplicationEventPublisher events;
    private final long maxBytes;

    AreaService(AreaRepository areas, AreaIndex index, OrganisationApi organisations, AuditApi audit,
            ApplicationEventPublisher events, @Value("${samsyn.geo.import.max-megabytes:50}") int maxMegabytes) {
        this.areas = areas;
        this.index = index;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.maxBytes = maxMegabytes * 1024L * 1024L;
    }

    @Transactional
    public ImportResult importAreas(ImportRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw new RuleViolationException("geo.import.error.validToBeforeFrom");
        }
        var features = GeoJsonAreaReader.read(request.content(), request.nameProperty(), request.codeProperty(),
                request.filterProperty(), request.filterValue(), maxBytes);
        String sha = sha256(request);
        if (areas.alreadyImported(request.workspace(), sha, request.type())) {
            return new ImportResult(UUID.randomUUID(), 0, 0, true, List.of());
        }
        if (request.type() == AreaType.MUNICIPALITY) {
            features = features.stream().map(AreaService::withMunicipalityCode).toList();
            for (var f : features) {
                if (f.code() == null || organisations.municipality(f.code()).isEmpty()) {
                    throw new AreaFileProblem("geo.import.error.unknownMunicipalityCode", f.number(), String.valueOf(f.code()));
                }
            }
        }
        var importId = UUID.randomUUID();
        var existing = areas.withGeometry(request.workspace());
        var parents = new Parents(existing);
        var sameKind = new HashMap<String, AreaRepository.StoredArea>();
        existing.stream().filter(s -> s.summary().type() == request.type())
                .forEach(s -> sameKind.putIfAbsent(identity(s.summary().code(), s.summary().name()), s));
        var names = new ArrayList<String>();
        int unchanged = 0;
        for (var f : features) {
            Geometry g = f.geometry();
            String geojson = new GeoJsonWriter().write(g);
            var earlier = sameKind.get(identity(f.code(), f.name()));
            if (earlier != null) {
                if (earlier.geojson().equals(geojson) && earlier.summary().name().equals(f.name())) {
                    unchanged++;
                    continue;
                }
                if (!request.validFrom().isAfter(earlier.summary().validFrom())) {
                    throw new AreaFileProblem("geo.import.error.alreadyExists", f.number(), f.name(),
                            earlier.summary().validFrom().toString());
                }
                areas.retire(earlier.summary().id(), request.validFrom().minusDays(1));
            }
            Point centroid = g.getInteriorPoint();
            double lat = centroid.getY();
            double lon = centroid.getX();
            double[] sweref = Sweref99Tm.project(lat, lon);
            var env = g.getEnvelopeInternal();
            double km2 = projected(g).getArea() / 1_000_000.0;
            var id = new AreaId(UUID.randomUUID());
            areas.insert(new AreaRepository.NewArea(id, request.workspace(), request.type(), f.name(), f.code(),
                    parents.of(centroid, km2), request.validFrom(), request.validTo(), geojson,
                    env.getMinY(), env.getMaxY(), env.getMinX(), env.getMaxX(), lat, lon, sweref[0], sweref[1],
                    H3Cells.cell(lat, lon, 7), km2, request.fileName(), importId));
            names.add(f.name());
        }
        areas.recordImport(importId, request.workspace(), request.fileName(), sha, names.size(), request.type(),
                request.importedBy());
        audit.record(AuditRecord.change(request.workspace(), "IMPORT", "AreaImport", importId)
                .with("file=" + request.fileName() + ";count=" + names.size() + ";unchanged=" + unchanged + ";type="
                        + request.type()));
        if (!names.isEmpty()) {
            index.invalidate(request.workspace());
            events.publishEvent(new AreasImported(request.workspace(), importId, names.size()));
        }
        return new ImportResult(importId, names.size(), unchanged, false, names);
    }

    /** An area's place in the hierarchy and its grid and projection facts, for its own page. */
    @Transactional(readOnly = true)
    public AreaDetails details(WorkspaceId workspace, AreaId id) {
        var stored = areas.find(id).filter(a -> a.summary().workspace().equals(workspace))
                .orElseThrow(() -> new NotFoundException("geo.error.areaNotFound"));
        var area = stored.summary();
        var centroid = areas.centroid(id);
        var parent = area.parent() == null ? null : areas.find(area.parent()).map(AreaRepository.StoredArea::summary)
                .orElse(null);
        return new AreaDetails(area, parent, areas.children(id), centroid.swerefE(), centroid.swerefN(),
                centroid.h3r7(), H3Cells.cover(AreaIndex.parse(stored.geojson()), DETAIL_RESOLUTION).size(),
                DETAIL_RESOLUTION);
    }

    /** One area as a GeoJSON FeatureCollection, whatever its validity. */
    @Transactional(readOnly = true)
    public String exportArea(WorkspaceId workspace, AreaId id) {
        var stored = areas.find(id).filter(a -> a.summary().workspace().equals(workspace))
                .orElseThrow(() -> new NotFoundException("geo.error.areaNotFound"));
        return collection(List.of(stored));
    }

    @Transactional(readOnly = true)
    public List<AreaSummary> list(WorkspaceId workspace, @Nullable AreaType type, boolean includeRetired) {
        return areas.list(workspace, type, includeRetired);
    }

    @Transactional(readOnly = true)
    public Optional<AreaSummary> find(AreaId id) {
        return areas.find(id).map(AreaRepository.StoredArea::summary);
    }

    @Transactional
    public void retire(WorkspaceId workspace, AreaId id, LocalDate lastDay) {
        var area = areas.find(id).filter(a -> a.summary().workspace().equals(workspace))
                .orElseThrow(() -> new NotFoundException("geo.error.areaNotFound"));
        if (lastDay.isBefore(area.summary().validFrom())) {
            throw new RuleViolationException("geo.error.retireBeforeValidFrom");
        }
        areas.retire(id, lastDay);
        audit.record(AuditRecord.change(workspace, "RETIRE", "Area", id).with("validTo=" + lastDay));
        index.invalidate(workspace);
    }

    /** A GeoJSON FeatureCollection of the workspace's areas (optionally one type), with their properties. */
    @Transactional(readOnly = true)
    public String export(WorkspaceId workspace, @Nullable AreaType type) {
        return collection(areas.withGeometry(workspace).stream()
                .filter(stored -> type == null || stored.summary().type() == type)
                .toList());
    }

    private static String collection(List<AreaRepository.StoredArea> stored) {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (var s : stored) {
            var a = s.summary();
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", a.id().toString());
            ObjectNode props = feature.putObject("properties");
            props.put("name", a.name());
            if (a.code() != null) {
                props.put("code", a.code());
            }
            props.put("type", a.type().name());
            props.put("areaId", a.id().toString());
            props.put("parentId", a.parent() == null ? null : a.parent().toString());
            props.put("validFrom", a.validFrom().toString());
            props.put("validTo", a.validTo() == null ? null : a.validTo().toString());
            props.put("areaKm2", Math.round(a.areaKm2() * 100) / 100.0);
            feature.set("geometry", JSON.readTree(s.geojson()));
        }
        return JSON.writeValueAsString(collection);
    }

    @Transactional(readOnly = true)
    public Location locate(WorkspaceId workspace, double lat, double lon) {
        if (Double.isNaN(lat) || Double.isNaN(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new RuleViolationException("geo.error.invalidCoordinate");
        }
        double[] sweref = Sweref99Tm.project(lat, lon);
        var point = new GeoPoint(lat, lon, sweref[0], sweref[1]);
        return new Location(point, H3Cells.cell(lat, lon, 7), H3Cells.cell(lat, lon, 9),
                index.containing(workspace, lat, lon, areas));
    }

    /** The smallest existing larger area containing a point; existing boundaries are parsed once per import. */
    private static final class Parents {

        private record Candidate(AreaSummary area, PreparedGeometry geometry) {}

        private final List<Candidate> candidates;

        Parents(List<AreaRepository.StoredArea> existing) {
            this.candidates = existing.stream()
                    .map(s -> new Candidate(s.summary(), PreparedGeometryFactory.prepare(AreaIndex.parse(s.geojson()))))
                    .toList();
        }

        @Nullable AreaId of(Point point, double km2) {
            return candidates.stream()
                    .filter(c -> c.area().areaKm2() > km2)
                    .filter(c -> c.geometry().contains(point))
                    .min(Comparator.comparingDouble(c -> c.area().areaKm2()))
                    .map(c -> c.area().id())
                    .orElse(null);
        }
    }

    /** Areas of one type are the same area when their codes match, or their names when they have no code. */
    private static String identity(@Nullable String code, String name) {
        return code != null ? "code:" + code : "name:" + name.toLowerCase(Locale.ROOT);
    }

    /** SCB kommunkoder have four digits; some files store them as numbers and lose the leading zero. */
    private static AreaFeature withMunicipalityCode(AreaFeature f) {
        String code = f.code();
        if (code != null && code.matches("\\d{1,3}")) {
            return new AreaFeature(f.number(), f.name(), "0".repeat(4 - code.length()) + code, f.geometry());
        }
        return f;
    }

    static Geometry projected(Geometry wgs84) {
        Geometry copy = wgs84.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] en = Sweref99Tm.project(seq.getY(i), seq.getX(i));
                seq.setOrdinate(i, 0, en[0]);
                seq.setOrdinate(i, 1, en[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /** The file and the choices that shape what is read from it: the same file with another filter is another import. */
    private static String sha256(ImportRequest request) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.content());
            for (String option : new String[] {request.nameProperty(), request.codeProperty(), request.filterProperty(),
                    request.filterValue()}) {
                digest.update((byte) 0);
                digest.update(String.valueOf(option).strip().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
