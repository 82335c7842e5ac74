package se.samsyn.incident;

import java.time.Instant;
import java.util.Set;
import se.samsyn.geo.AreaId;
import se.samsyn.shared.WorkspaceId;

/**
 * Which observations to read: a workspace, the areas they must lie in (empty = anywhere, including reports without a
 * point), the half-open time range {@code [from, to)} their occurrence interval must overlap, and category codes (empty =
 * all).
 */
public record ObservationQuery(WorkspaceId workspace, Set<AreaId> areas, Instant from, Instant to, Set<String> categoryCodes) {

    public ObservationQuery {
        areas = Set.copyOf(areas);
        categoryCodes = Set.copyOf(categoryCodes);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
