package se.samsyn.geo;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.samsyn.geo.domain.AreaService;
import se.samsyn.geo.domain.H3Cells;
import se.samsyn.geo.domain.Sweref99Tm;
import se.samsyn.shared.GeoPoint;
import se.samsyn.shared.WorkspaceId;

/** Areas and point location for other modules. */
@Service
public class GeoApi {

    private final AreaService areas;

    GeoApi(AreaService areas) {
        this.areas = areas;
    }

    /** The projection, H3 cells and containing areas of a WGS84 point, to store at write time. */
    public Location locate(WorkspaceId workspace, double lat, double lon) {
        return areas.locate(workspace, lat, lon);
    }

    public GeoPoint point(double lat, double lon) {
        double[] en = Sweref99Tm.project(lat, lon);
        return new GeoPoint(lat, lon, en[0], en[1]);
    }

    public long h3(double lat, double lon, int resolution) {
        return H3Cells.cell(lat, lon, resolution);
    }

    public List<AreaSummary> areas(WorkspaceId workspace, @Nullable AreaType type) {
        return areas.list(workspace, type, false);
    }

    public Optional<AreaSummary> area(AreaId id) {
        return areas.find(id);
    }

    public String exportGeoJson(WorkspaceId workspace, @Nullable AreaType type) {
        return areas.export(workspace, type);
    }

    /** Imports areas from GeoJSON; used by demo data and by the admin page through the same service. */
    public int importGeoJson(WorkspaceId workspace, AreaType type, String fileName, byte[] content,
            @Nullable String filterProperty, @Nullable String filterValue, java.time.LocalDate validFrom,
            java.util.UUID importedBy) {
        return areas.importAreas(new AreaService.ImportRequest(workspace, type, fileName, content, null, null,
                filterProperty, filterValue, validFrom, null, importedBy)).imported();
    }
}
