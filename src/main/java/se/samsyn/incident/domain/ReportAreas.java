package se.samsyn.incident.domain;

import java.util.List;
import java.util.UUID;
import se.samsyn.geo.GeoApi;
import se.samsyn.geo.Location;
import se.samsyn.shared.WorkspaceId;

/** The areas a report lies in: every area of its workspace valid today that contains its point. */
final class ReportAreas {

    private ReportAreas() {}

    static List<UUID> of(Location location) {
        return location.areas().stream().map(a -> a.id().value()).toList();
    }

    static List<UUID> of(GeoApi geo, WorkspaceId workspace, double lat, double lon) {
        return of(geo.locate(workspace, lat, lon));
    }
}
