package se.samsyn.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.geo.AreaId;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.AreaStatusService;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.NewObservation;
import se.samsyn.incident.domain.NewSubmission;
import se.samsyn.incident.domain.NilReturnService;
import se.samsyn.incident.domain.ObservationQueries;
import se.samsyn.incident.domain.PartOfDay;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.shared.Actor;
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
    private final ReportService reports;
    private final NilReturnService nilReturns;

    IncidentApi(ObservationQueries queries, CategoryService categories, AreaStatusService areaStatus, ReportService reports,
            NilReturnService nilReturns) {
        this.queries = queries;
        this.categories = categories;
        this.areaStatus = areaStatus;
        this.reports = reports;
        this.nilReturns = nilReturns;
    }

    /** Accepted, redacted and closed observations matching the query, ordered by occurrence. */
    public List<ObservedIncident> observations(ObservationQuery query) {
        return queries.observations(query);
    }

    /** When the workspace's earliest counted observation began: comparisons with periods before it mean nothing. */
    public java.util.Optional<java.time.Instant> firstObservation(WorkspaceId workspace) {
        return queries.firstObservation(workspace);
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

    /**
     * Files observations as one submission of {@code reporter} (channel API) and applies each draft's triage outcome as
     * {@code coordinator}, through the same services as the pages (screening, area assignment, audit). Used by demo data.
     */
    @Transactional
    public List<UUID> fileTriaged(WorkspaceId workspace, Actor reporter, Actor coordinator, String submissionKey,
            List<ObservationDraft> drafts) {
        var observations = drafts.stream().map(d -> new NewObservation(d.lat(), d.lon(), d.placeText(),
                PlaceType.OUTDOOR_PUBLIC, d.date(), d.time(), TimeAccuracy.valueOf(d.accuracy().name()),
                d.partOfDay() == null ? null : PartOfDay.valueOf(d.partOfDay()),
                List.of(categories.list(workspace, false).stream().filter(c -> c.code().equals(d.categoryCode()))
                        .findFirst().orElseThrow(() -> new se.samsyn.shared.NotFoundException("common.error.notFound")).id()),
                d.description(), Assessment.INSECURITY_CREATING, null, null, PoliceNotified.NO, Set.of(), List.of()))
                .toList();
        var ids = reports.submit(workspace, reporter, new NewSubmission(submissionKey, "API", observations, true)).reportIds();
        List<UUID> filed = new ArrayList<>(ids);
        for (int i = 0; i < ids.size(); i++) {
            var outcome = drafts.get(i).outcome();
            if (outcome == ObservationDraft.Outcome.CLOSED) {
                reports.changeStatus(workspace, ids.get(i), ReportStatus.ACCEPTED, null, null, coordinator);
            }
            if (outcome != ObservationDraft.Outcome.SUBMITTED) {
                reports.changeStatus(workspace, ids.get(i), ReportStatus.valueOf(outcome.name()), null, null, coordinator);
            }
        }
        return filed;
    }

    /** A reporter's nil return for one ISO week (at most one per week; a repeat is ignored). */
    public void declareNilReturn(WorkspaceId workspace, Actor reporter, int isoYear, int isoWeek) {
        nilReturns.declare(workspace, reporter, new NilReturnService.IsoWeek(isoYear, isoWeek));
    }

    /** The EST group's consensus status of an area for one ISO week; {@code trend} is IMPROVING, UNCHANGED or WORSENING. */
    public void rateArea(WorkspaceId workspace, AreaId area, int isoYear, int isoWeek, int level, String trend, UUID by) {
        areaStatus.rate(workspace, area.value(), new NilReturnService.IsoWeek(isoYear, isoWeek), null, level,
                AreaStatusService.Trend.valueOf(trend), null, by);
    }
}
