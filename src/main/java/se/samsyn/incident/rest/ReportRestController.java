package se.samsyn.incident.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samsyn.incident.domain.AgeGroup;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.IncidentRoles;
import se.samsyn.incident.domain.NewObservation;
import se.samsyn.incident.domain.NewSubmission;
import se.samsyn.incident.domain.OtherParty;
import se.samsyn.incident.domain.PartOfDay;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportRow;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportRevision;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.ReportView;
import se.samsyn.incident.domain.RevisingReports;
import se.samsyn.incident.domain.SubmissionResult;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/reports")
@Tag(name = "EST-rapporter", description = "Observations from EST reporters: submit, list, read, triage status")
class ReportRestController {

    record ObservationRequest(@Nullable Double lat, @Nullable Double lon, @Nullable String placeText,
            @Nullable PlaceType placeType, @Nullable LocalDate date, @Nullable LocalTime time,
            @Nullable TimeAccuracy accuracy, @Nullable PartOfDay partOfDay, @Nullable List<UUID> categoryIds,
            @Nullable String description, @Nullable Assessment assessment, @Nullable Integer personsCount,
            @Nullable AgeGroup ageGroup, @Nullable PoliceNotified policeNotified, @Nullable Set<OtherParty> othersNotified) {

        NewObservation toObservation() {
            return new NewObservation(lat, lon, placeText, placeType, date, time, accuracy, partOfDay,
                    categoryIds == null ? List.of() : categoryIds, description, assessment, personsCount, ageGroup,
                    policeNotified,
                    othersNotified == null || othersNotified.isEmpty() ? EnumSet.noneOf(OtherParty.class) : EnumSet.copyOf(othersNotified),
                    List.of());
        }
    }

    record CreateReportRequest(@Nullable List<ObservationRequest> observations, @Nullable Boolean confirmPersonalData) {}

    record CreatedReports(UUID submissionId, List<UUID> ids, List<String> references, boolean repeated) {

        static CreatedReports of(SubmissionResult r) {
            return new CreatedReports(r.submissionId(), r.reportIds(), r.references(), r.repeated());
        }
    }

    record ReportList(List<ReportRow> items, int page, int size, long totalObservations, long uniqueProblems) {}

    record StatusChange(@Nullable ReportStatus status, @Nullable String note, @Nullable Long version) {}

    record ReviseReportRequest(@Nullable Long version, @Nullable String description, @Nullable String placeText,
            @Nullable List<UUID> categoryIds, @Nullable Boolean confirmPersonalData) {

        /** Absent fields keep the report's current value; an empty place text removes it. */
        ReportRevision toRevision(ReportView current) {
            return new ReportRevision(version, description != null ? description : current.description(),
                    placeText != null ? placeText : current.placeText(),
                    categoryIds != null ? categoryIds
                            : current.categories().stream().map(ReportView.ReportCategory::id).toList(),
                    Boolean.TRUE.equals(confirmPersonalData));
        }
    }

    record StatusChanged(UUID id, ReportStatus status) {}

    private final ReportService reports;
    private final RevisingReports revising;

    ReportRestController(ReportService reports, RevisingReports revising) {
        this.reports = reports;
        this.revising = revising;
    }

    @PostMapping
    @Operation(summary = "Submit one or more observations; a repeated Idempotency-Key returns the first result (200)")
    ResponseEntity<CreatedReports> create(@PathVariable WorkspaceId workspaceId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody CreateReportRequest request) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.REPORTERS);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        var observations = request.observations() == null ? List.<NewObservation>of()
                : request.observations().stream().map(ObservationRequest::toObservation).toList();
        var result = submit(workspaceId, actor, new NewSubmission(key, "API", observations, Boolean.TRUE.equals(request.confirmPersonalData())));
        return ResponseEntity.status(result.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(CreatedReports.of(result));
    }

    @GetMapping
    @Operation(summary = "List reports with filters (status, category, area, period on when it happened) and paging")
    ReportList list(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable ReportStatus status,
            @RequestParam(required = false) @Nullable UUID category, @RequestParam(required = false) @Nullable UUID area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.VIEWERS);
        if (size < 1 || size > 200 || page < 0) {
            throw new RuleViolationException("incident.error.pageSize");
        }
        var result = reports.list(workspaceId, new ReportFilter(status, category, area, from, to, null, page, size), actor);
        return new ReportList(result.rows(), result.page(), result.size(), result.observations(), result.uniqueProblems());
    }

    record Point(String type, double[] coordinates) {}

    record Properties(String reference, ReportStatus status, List<String> categories, java.time.Instant occurredStart,
            TimeAccuracy accuracy, String description, boolean personalDataMasked, @Nullable UUID problemId) {}

    record Feature(String type, UUID id, Point geometry, Properties properties) {}

    record FeatureCollection(String type, List<Feature> features) {}

    @GetMapping(value = "/export.geojson", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Reports with a map point as a GeoJSON FeatureCollection (WGS84), same filters as the list")
    ResponseEntity<FeatureCollection> geojson(@PathVariable WorkspaceId workspaceId,
            @RequestParam(required = false) @Nullable ReportStatus status,
            @RequestParam(required = false) @Nullable UUID category, @RequestParam(required = false) @Nullable UUID area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.VIEWERS);
        var features = reports.all(workspaceId, new ReportFilter(status, category, area, from, to, null, 0, 1000), actor).stream()
                .filter(r -> r.lat() != null && r.lon() != null)
                .map(r -> new Feature("Feature", r.id(), new Point("Point", new double[] {r.lon(), r.lat()}),
                        new Properties(r.reference(), r.status(), r.categoryNames(), r.occurredStart(), r.accuracy(),
                                r.description(), r.personalDataFound(), r.problemId())))
                .toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(new FeatureCollection("FeatureCollection", features));
    }

    @GetMapping("/{reportId}")
    @Operation(summary = "One report, personal data masked; the read is audited")
    ReportResponse get(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return ReportResponse.of(reports.read(workspaceId, reportId, actor));
    }

    @PatchMapping("/{reportId}")
    @Operation(summary = "The reporter revises their own report while it is SUBMITTED or NEEDS_INFO (description, "
            + "placeText, categoryIds; absent fields stay). Personal data is handled as on submit; NEEDS_INFO goes back "
            + "to UNDER_REVIEW; a stale version gives 409")
    ReportResponse revise(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId,
            @RequestBody ReviseReportRequest request) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.REPORTERS);
        revising.revise(workspaceId, reportId, request.toRevision(revising.own(workspaceId, reportId, actor)), actor);
        return ReportResponse.of(revising.own(workspaceId, reportId, actor));
    }

    @PostMapping("/{reportId}/status")
    @Operation(summary = "Change the triage status; only allowed transitions; version guards against lost updates")
    StatusChanged status(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId,
            @RequestBody StatusChange change) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.TRIAGE);
        if (change.status() == null) {
            throw new RuleViolationException("common.error.validation");
        }
        return new StatusChanged(reportId,
                reports.changeStatus(workspaceId, reportId, change.status(), change.note(), change.version(), actor));
    }

    private SubmissionResult submit(WorkspaceId workspaceId, Actor actor, NewSubmission submission) {
        try {
            return reports.submit(workspaceId, actor, submission);
        } catch (DuplicateKeyException e) {
            var earlier = reports.submissionByKey(workspaceId, actor.userId(), submission.submissionKey().strip())
                    .orElseThrow(() -> e);
            return reports.repeated(workspaceId, earlier);
        }
    }
}
