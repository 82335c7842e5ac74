package se.samsyn.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.samsyn.geo.AreaId;
import se.samsyn.incident.domain.AreaStatusService;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.ObservationQueries;
import se.samsyn.shared.WorkspaceId;

/**
 * EST reports for other modules (lägesbild): observations that count in analyses, reporting effort and the weekly area
 * statuses. Read-only and free of free text. Callers check the actor's access to the workspace themselves, and decide
 * who may see individual points.
 */
@Service
public class IncidentApi {

    private final ObservationQueries queries;
    private final CategoryService categories;
    private final AreaStatusService areaStatus;

    IncidentApi(ObservationQueries queries, CategoryService categories, AreaStatusService areaStatus) {
        this.queries = queries;
        this.categories = categories;
        this.areaStatus = areaStatus;
    }

    /** Accepted, redacted and closed observations matching the query, ordered by occurrence. */
    public List<ObservedIncident> observations(ObservationQuery query) {
        return queries.observations(query);
    }

    /** How many reports matching the query are not yet triaged (submitted, under review, needing information). */
    public long awaitingTriage(ObservationQuery query) {
        return queries.awaitingTriage(query);
    }

    /** The workspace's categories, retired ones included, so that old observations keep their label. */
    public List<IncidentCategorySummary> categories(WorkspaceId workspace) {
        return categories.list(workspace, true).stream()
                .map(c -> new IncidentCategorySummary(c.code(), c.parentCode(), c.name(), c.retired()))
                .toList();
    }

    /** Reporters and nil returns per area and ISO week, for the weeks that overlap {@code firstDay}–{@code lastDay}. */
    public List<ReporterCoverage> coverage(WorkspaceId workspace, Set<AreaId> areas, LocalDate firstDay, LocalDate lastDay) {
        return queries.coverage(workspace, areas, firstDay, lastDay);
    }

    /** The group's consensus status per area and ISO week, for the weeks that overlap {@code firstDay}–{@code lastDay}. */
    public List<AreaWeekStatus> areaStatuses(WorkspaceId workspace, LocalDate firstDay, LocalDate lastDay) {
        return queries.consensusStatuses(workspace, areaStatus.scale(workspace), firstDay, lastDay);
    }
}
