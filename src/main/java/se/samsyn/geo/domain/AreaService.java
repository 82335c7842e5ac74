package se.samsyn.geo.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
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

    public record ImportResult(UUID importId, int imported, boolean alreadyImported, List<String> names) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AreaRepository areas;
    private final AreaIndex index;
    private final OrganisationApi organisations;
    private final AuditApi audit;
    private final ApplicationEventPublisher events;

    AreaService(AreaRepository areas, AreaIndex index, OrganisationApi organisations, AuditApi audit,
            ApplicationEventPublisher events) {
        this.areas = areas;
        this.index = index;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public ImportResult importAreas(ImportRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw new RuleViolationException("geo.import.error.validToBeforeFrom");
        }
        var features = GeoJsonAreaReader.read(request.content(), request.nameProperty(), request.codeProperty(),
                request.filterProperty(), request.filterValue());
        String sha = sha256(request.content());
        if (areas.alreadyImported(request.workspace(), sha, request.type())) {
            return new ImportResult(UUID.randomUUID(), 0, true, List.of());
        }
        if (request.type() == AreaType.MUNICIPALITY) {
            for (var f : features) {
                if (f.code() == null || organisations.municipality(f.code()).isEmpty()) {
                    throw new AreaFileProblem("geo.import.error.unknownMunicipalityCode", f.number(), String.valueOf(f.code()));
                }
            }
        }
        var importId = UUID.randomUUID();
        var existing = areas.withGeometry(request.workspace());
        var names = new ArrayList<String>();
        for (var f : features) {
            Geometry g = f.geometry();
            Point centroid = g.getInteriorPoint();
            double lat = centroid.getY();
            double lon = centroid.getX();
            double[] sweref = Sweref99Tm.project(lat, lon);
            var env = g.getEnvelopeInternal();
            double km2 = projected(g).getArea() / 1_000_000.0;
            var id = new AreaId(UUID.randomUUID());
            areas.insert(new AreaRepository.NewArea(id, request.workspace(), request.type(), f.name(), f.code(),
                    parentOf(existing, centroid, km2), request.validFrom(), request.validTo(), new GeoJsonWriter().write(g),
                    env.getMinY(), env.getMaxY(), env.getMinX(), env.getMaxX(), lat, lon, sweref[0], sweref[1],
                    H3Cells.cell(lat, lon, 7), km2, request.fileName(), importId));
            names.add(f.name());
        }
        areas.recordImport(importId, request.workspace(), request.fileName(), sha, features.size(), request.type(),
                request.importedBy());
        audit.record(AuditRecord.change(request.workspace(), "IMPORT", "AreaImport", importId)
                .with("file=" + request.fileName() + ";count=" + features.size() + ";type=" + request.type()));
        index.invalidate(request.workspace());
        events.publishEvent(new AreasImported(request.workspace(), importId, features.size()));
        return new ImportResult(importId, features.size(), false, names);
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
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (var stored : areas.withGeometry(workspace)) {
            var a = stored.summary();
            if (type != null && a.type() != type) {
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", a.id().toString());
            ObjectNode props = feature.putObject("properties");
            props.put("id", a.id().toString());
            props.put("name", a.name());
            props.put("code", a.code());
            props.put("type", a.type().name());
            props.put("parentId", a.parent() == null ? null : a.parent().toString());
            props.put("validFrom", a.validFrom().toString());
            props.put("validTo", a.validTo() == null ? null : a.validTo().toString());
            props.put("areaKm2", Math.round(a.areaKm2() * 100) / 100.0);
            feature.set("geometry", JSON.readTree(stored.geojson()));
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

    private static @Nullable AreaId parentOf(List<AreaRepository.StoredArea> existing, Point point, double km2) {
        return existing.stream()
                .filter(s -> s.summary().areaKm2() > km2)
                .filter(s -> AreaIndex.parse(s.geojson()).contains(point))
                .min(Comparator.comparingDouble(s -> s.summary().areaKm2()))
                .map(s -> s.summary().id())
                .orElse(null);
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

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
