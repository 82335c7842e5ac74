package se.samsyn.incident.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Membership;
import se.samsyn.shared.WorkspaceId;

/**
 * Which of a workspace's reports a user sees in lists, exports and reads. A viewing membership narrowed to a district
 * (an area) shows the reports whose point lies in that area; one viewing membership without a district shows them all.
 * Reports without a pin lie in no area, so only users who see the whole workspace see them. {@code areaIds} is null
 * for the whole workspace.
 */
public record DistrictScope(@Nullable Set<UUID> areaIds) {

    public static final DistrictScope WHOLE_WORKSPACE = new DistrictScope(null);

    public static DistrictScope of(Actor actor, WorkspaceId workspace) {
        if (actor.systemAdmin()) {
            return WHOLE_WORKSPACE;
        }
        var viewing = actor.memberships().stream()
                .filter(m -> m.workspace().equals(workspace))
                .filter(m -> Arrays.asList(IncidentRoles.VIEWERS).contains(m.role()))
                .toList();
        if (viewing.stream().anyMatch(m -> m.district() == null)) {
            return WHOLE_WORKSPACE;
        }
        return new DistrictScope(viewing.stream().map(Membership::district).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean wholeWorkspace() {
        return areaIds == null;
    }

    public boolean covers(ReportView report) {
        return areaIds == null || report.areaIds().stream().anyMatch(areaIds::contains);
    }
}
