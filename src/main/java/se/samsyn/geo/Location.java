package se.samsyn.geo;

import java.util.List;
import se.samsyn.shared.GeoPoint;

/** Where a point is: its projection, H3 cells (resolutions 7 and 9) and the ids of every valid area containing it. */
public record Location(GeoPoint point, long h3r7, long h3r9, List<AreaSummary> areas) {

    public boolean insideAny() {
        return !areas.isEmpty();
    }
}
