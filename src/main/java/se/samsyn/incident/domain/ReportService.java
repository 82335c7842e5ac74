package se.samsyn.incident.domain;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.geo.GeoApi;
import se.samsyn.geo.Location;
import se.samsyn.shared.Actor;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.ForbiddenException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Reports from receipt through triage: submit, read (audited), status, reclassify, redact, link, feedback. */
@Service
public class ReportService {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_PLACE_TEXT = 300;
    static final int MAX_OBSERVATIONS = 20;
    static final int MAX_PHOTOS = 5;

    public record Originals(@Nullable String description, @Nullable String placeText) {}

    private final ReportRepository reports;
    private final CategoryService categories;
    private final GeoApi geo;
    private final AuditApi audit;
    private final ApplicationEventPublisher events;

    ReportService(ReportRepository reports, CategoryService categories, GeoApi geo, AuditApi audit,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.categories = categories;
        this.geo = geo;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Stores every observation or none. A repeated submission key returns the first result. Text with personal data
     * is refused with {@link PersonalDataWarning} until the reporter confirms; then it is stored masked, with the
     * original in the restricted columns.
     */
    @Transactional
    public SubmissionResult submit(WorkspaceId workspace, Actor reporter, NewSubmission submission) {
        String key = submission.submissionKey() == null ? "" : submission.submissionKey().strip();
        if (key.isEmpty() || key.length() > 100) {
            throw new RuleViolationException("incident.error.submissionKey");
        }
        var earlier = reports.submissionByKey(workspace, reporter.userId(), key);
        if (earlier.isPresent()) {
            return repeated(workspace, earlier.get());
        }
        var observations = submission.observations();
        if (observations.isEmpty() || observations.size() > MAX_OBSERVATIONS) {
            throw new RuleViolationException("incident.error.observationCount", MAX_OBSERVATIONS);
        }
        Instant now = Instant.now();
        List<Checked> checked = new ArrayList<>();
        var kinds = new LinkedHashSet<PersonalDataScreen.Kind>();
        for (int i = 0; i < observations.size(); i++) {
            var c = check(workspace, i, observations.get(i), now);
            checked.add(c);
            kinds.addAll(c.kinds());
        }
        if (!kinds.isEmpty() && !submission.personalDataConfirmed()) {
            throw new PersonalDataWarning(List.copyOf(kinds));
        }
        UUID submissionId = UUID.randomUUID();
        reports.insertSubmission(submissionId, workspace, reporter.userId(), key, submission.channel(), now);
        List<UUID> ids = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (var c : checked) {
            UUID id = UUID.randomUUID();
            String reference = "EST-" + Year.now(Occurrence.ZONE) + "-" + String.format("%06d", reports.nextNumber());
            var o = c.observation();
            var description = PersonalDataScreen.Screened.of(o.description().strip());
            String place = blankToNull(o.placeText());
            var placeText = place == null ? new PersonalDataScreen.Screened(null, null) : PersonalDataScreen.Screened.of(place);
            reports.insert(new ReportRepository.NewReport(id, reference, workspace, submissionId, reporter.userId(), now,
                    c.location() == null ? null : c.location().point(),
                    c.location() == null ? null : c.location().h3r7(),
                    c.location() == null ? null : c.location().h3r9(),
                    placeText.shared(), placeText.original(), o.placeType(), c.occurrence(), description.shared(),
                    description.original(), o.assessment(), o.personsCount(),
                    o.ageGroup(), o.policeNotified(),
                    o.othersNotified().isEmpty() ? EnumSet.noneOf(OtherParty.class) : EnumSet.copyOf(o.othersNotified()),
                    c.kinds(), c.categories(),
                    c.location() == null ? List.of() : ReportAreas.of(c.location())));
            for (var photo : c.photos()) {
                reports.insertPhoto(id, photo);
            }
            reports.addEvent(id, reporter.userId(), "SUBMITTED", null, ReportStatus.SUBMITTED,
                    c.kinds().isEmpty() ? null : "personalData=" + c.kinds());
            audit.record(AuditRecord.change(workspace, "CREATE", "IncidentReport", id)
                    .with("reference=" + reference + (c.kinds().isEmpty() ? "" : ";personalDataMasked=true")));
            ids.add(id);
            references.add(reference);
        }
        return new SubmissionResult(submissionId, ids, references, false);
    }

    @Transactional(readOnly = true)
    public SubmissionResult repeated(WorkspaceId workspace, UUID submissionId) {
        var ids = reports.reportsOfSubmission(submissionId);
        var refs = ids.stream().map(id -> reports.find(workspace, id).map(ReportView::reference).orElse("")).toList();
        return new SubmissionResult(submissionId, ids, refs, true);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UUID> submissionByKey(WorkspaceId workspace, UUID reporter, String key) {
        return reports.submissionByKey(workspace, reporter, key);
    }

    /** The whole workspace, whoever asks: for a reporter's own reports and for callers that check access themselves. */
    @Transactional(readOnly = true)
    public ReportPage list(WorkspaceId workspace, ReportFilter filter) {
        return reports.list(workspace, filter, DistrictScope.WHOLE_WORKSPACE);
    }

    /** The reports the actor may see: all of the workspace, or those inside the actor's districts. */
    @Transactional(readOnly = true)
    public ReportPage list(WorkspaceId workspace, ReportFilter filter, Actor actor) {
        return reports.list(workspace, filter, DistrictScope.of(actor, workspace));
    }

    @Transactional(readOnly = true)
    public DistrictScope scope(WorkspaceId workspace, Actor actor) {
        return DistrictScope.of(actor, workspace);
    }

    /** Every report matching the filter that the actor may see (masked), for a file export; the export is audited. */
    @Transactional
    public List<ReportRow> export(WorkspaceId workspace, ReportFilter filter, Actor actor) {
        var all = all(workspace, filter, DistrictScope.of(actor, workspace));
        audit.record(AuditRecord.change(workspace, "EXPORT", "IncidentReport", workspace).with("rows=" + all.size()));
        return all;
    }

    /** Every report matching the filter (masked), page by page, in the whole workspace. */
    @Transactional(readOnly = true)
    public List<ReportRow> all(WorkspaceId workspace, ReportFilter filter) {
        return all(workspace, filter, DistrictScope.WHOLE_WORKSPACE);
    }

    /** Every report matching the filter that the actor may see (masked), page by page. */
    @Transactional(readOnly = true)
    public List<ReportRow> all(WorkspaceId workspace, ReportFilter filter, Actor actor) {
        return all(workspace, filter, DistrictScope.of(actor, workspace));
    }

    private List<ReportRow> all(WorkspaceId workspace, ReportFilter filter, DistrictScope scope) {
        List<ReportRow> all = new ArrayList<>();
        int page = 0;
        ReportPage result;
        do {
            result = reports.list(workspace, new ReportFilter(filter.status(), filter.categoryId(), filter.areaId(),
                    filter.from(), filter.to(), filter.reporterId(), page++, filter.size()), scope);
            all.addAll(result.rows());
        } while (result.hasNext());
        return all;
    }

    /** The report for someone allowed to see it (viewers in its district, or its own reporter); the read is audited. */
    @Transactional
    public ReportView read(WorkspaceId workspace, UUID id, Actor actor) {
        var report = visible(workspace, id, actor);
        audit.record(AuditRecord.read(workspace, "IncidentReport", id));
        return report;
    }

    @Transactional(readOnly = true)
    public List<UUID> photoIds(UUID report) {
        return reports.photoIds(report);
    }

    /** A photo for whoever may read its report; the report read itself is what the audit log records. */
    @Transactional(readOnly = true)
    public StoredPhoto photo(WorkspaceId workspace, UUID reportId, UUID photoId, Actor actor) {
        visible(workspace, reportId, actor);
        return reports.photo(reportId, photoId).orElseThrow(() -> new NotFoundException("incident.error.reportNotFound"));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID report) {
        return reports.history(report);
    }

    @Transactional(readOnly = true)
    public List<FeedbackView> feedback(List<UUID> reportIds) {
        return reports.feedbackFor(reportIds);
    }

    @Transactional(readOnly = true)
    public List<DuplicateCandidate> duplicates(WorkspaceId workspace, ReportView report, Actor actor) {
        return reports.projectedPoint(report.id())
                .map(p -> reports.near(workspace, report, p[0], p[1], reports.settings(workspace),
                        DistrictScope.of(actor, workspace)))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<ReportRow> sameProblem(WorkspaceId workspace, ReportView report, Actor actor) {
        return report.problemId() == null ? List.of()
                : reports.sameProblem(workspace, report.problemId(), report.id(), DistrictScope.of(actor, workspace));
    }

    @Transactional
    public ReportStatus changeStatus(WorkspaceId workspace, UUID id, ReportStatus target, @Nullable String note,
            @Nullable Long expectedVersion, Actor actor) {
        var report = existing(workspace, id, actor);
        if (target == ReportStatus.REDACTED) {
            throw new RuleViolationException("incident.error.redactNeedsText");
        }
        if (!report.status().canBecome(target)) {
            throw new RuleViolationException("incident.error.transition", report.status().name(), target.name());
        }
        long version = expectedVersion == null ? report.version() : expectedVersion;
        if (!reports.updateStatus(id, target, version)) {
            throw new ConflictException("incident.error.staleReport");
        }
        String cleanNote = staffNote(note);
        reports.addEvent(id, actor.userId(), "STATUS", report.status(), target, cleanNote);
        audit.record(AuditRecord.change(workspace, "STATUS", "IncidentReport", id)
                .with("from=" + report.status() + ";to=" + target));
        return target;
    }

    @Transactional
    public void reclassify(WorkspaceId workspace, UUID id, List<UUID> categoryIds, @Nullable String note, Actor actor) {
        var report = existing(workspace, id, actor);
        var chosen = categories.usable(workspace, new LinkedHashSet<>(categoryIds));
        String before = String.join(",", report.categories().stream().map(ReportView.ReportCategory::code).toList());
        String after = String.join(",", chosen.stream().map(CategoryView::code).toList());
        reports.replaceCategories(id, chosen);
        reports.touch(id);
        String cleanNote = staffNote(note);
        reports.addEvent(id, actor.userId(), "RECLASSIFIED", null, null,
                before + " → " + after + (cleanNote == null ? "" : " (" + cleanNote + ")"));
        audit.record(AuditRecord.change(workspace, "RECLASSIFY", "IncidentReport", id).with("from=" + before + ";to=" + after));
    }

    /** Replaces the shared text; the first original stays in the restricted column. */
    @Transactional
    public void redact(WorkspaceId workspace, UUID id, String newText, String reason, Actor actor) {
        var report = existing(workspace, id, actor);
        if (newText == null || newText.isBlank() || newText.length() > MAX_DESCRIPTION) {
            throw new RuleViolationException("incident.error.redactText");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new RuleViolationException("incident.error.redactReason");
        }
        if (report.status() != ReportStatus.REDACTED && !report.status().canBecome(ReportStatus.REDACTED)) {
            throw new RuleViolationException("incident.error.transition", report.status().name(), ReportStatus.REDACTED.name());
        }
        var originals = reports.originals(id);
        String original = originals.description() != null ? originals.description() : report.description();
        var kinds = new ArrayList<>(report.personalDataKinds());
        PersonalDataScreen.screen(newText).forEach(f -> kinds.add(f.kind()));
        if (!reports.redact(id, PersonalDataScreen.mask(newText.strip()), original, reason.strip(), kinds, report.version())) {
            throw new ConflictException("incident.error.staleReport");
        }
        reports.addEvent(id, actor.userId(), "REDACTED", report.status(), ReportStatus.REDACTED, PersonalDataScreen.mask(reason.strip()));
        audit.record(AuditRecord.change(workspace, "REDACT", "IncidentReport", id).because(reason.strip())
                .with("from=" + report.status()));
    }

    /** The text as the reporter typed it. Restricted to coordinators and administrators; every view audited. */
    @Transactional
    public Originals showOriginal(WorkspaceId workspace, UUID id, @Nullable String reason, Actor actor) {
        if (!actor.hasAnyRole(workspace, IncidentRoles.ORIGINAL_READERS)) {
            throw new ForbiddenException("common.error.forbidden");
        }
        var report = existing(workspace, id, actor);
        var o = reports.originals(id);
        audit.record(new AuditRecord(workspace, "SHOW_ORIGINAL", "IncidentReport", id.toString(),
                reason == null || reason.isBlank() ? null : reason.strip(), "reference=" + report.reference(), true));
        return new Originals(o.description() == null ? report.description() : o.description(),
                o.placeText() == null ? report.placeText() : o.placeText());
    }

    /** Links two reports to one problem place; every report stays, so observations and problems can both be counted. */
    @Transactional
    public UUID link(WorkspaceId workspace, UUID id, UUID otherId, Actor actor) {
        if (id.equals(otherId)) {
            throw new RuleViolationException("incident.error.linkSelf");
        }
        var report = existing(workspace, id, actor);
        var other = existing(workspace, otherId, actor);
        UUID problem = other.problemId() != null ? other.problemId()
                : report.problemId() != null ? report.problemId() : reports.newProblem(workspace, actor.userId());
        reports.moveToProblem(workspace, report.problemId(), id, problem);
        reports.moveToProblem(workspace, other.problemId(), otherId, problem);
        reports.addEvent(id, actor.userId(), "LINKED", null, null, other.reference());
        reports.addEvent(otherId, actor.userId(), "LINKED", null, null, report.reference());
        audit.record(AuditRecord.change(workspace, "LINK", "IncidentReport", id)
                .with("other=" + other.reference() + ";problem=" + problem));
        return problem;
    }

    @Transactional
    public UUID giveFeedback(WorkspaceId workspace, UUID id, String text, Actor actor) {
        var report = existing(workspace, id, actor);
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new RuleViolationException("incident.error.feedbackText");
        }
        UUID feedback = reports.insertFeedback(id, PersonalDataScreen.mask(text.strip()), actor.userId());
        reports.addEvent(id, actor.userId(), "FEEDBACK", null, null, null);
        audit.record(AuditRecord.change(workspace, "FEEDBACK", "IncidentReport", id).with("feedback=" + feedback));
        events.publishEvent(new FeedbackGiven(workspace.value(), report.id(), feedback));
        return feedback;
    }

    @Transactional(readOnly = true)
    public boolean citizenChannel(WorkspaceId workspace) {
        return reports.citizenChannel(workspace);
    }

    @Transactional
    public void setCitizenChannel(WorkspaceId workspace, boolean on) {
        reports.setCitizenChannel(workspace, on);
        audit.record(AuditRecord.change(workspace, "SETTINGS", "IncidentSettings", workspace).with("citizenChannel=" + on));
    }

    @Transactional(readOnly = true)
    public List<ReportRow> publicPlaces(WorkspaceId workspace) {
        return reports.publicPlaces(workspace);
    }

    @Transactional(readOnly = true)
    public DuplicateSettings settings(WorkspaceId workspace) {
        return reports.settings(workspace);
    }

    @Transactional
    public void saveSettings(WorkspaceId workspace, DuplicateSettings settings) {
        if (settings.radiusMetres() < 10 || settings.radiusMetres() > 5000 || settings.days() < 1 || settings.days() > 90) {
            throw new RuleViolationException("incident.error.duplicateSettings");
        }
        reports.saveSettings(workspace, settings);
        audit.record(AuditRecord.change(workspace, "SETTINGS", "IncidentSettings", workspace)
                .with("radius=" + settings.radiusMetres() + ";days=" + settings.days()));
    }

    /** A report the actor may act on as staff: it must lie in the actor's districts. */
    private ReportView existing(WorkspaceId workspace, UUID id, Actor actor) {
        var report = reports.find(workspace, id).orElseThrow(() -> new NotFoundException("incident.error.reportNotFound"));
        if (!DistrictScope.of(actor, workspace).covers(report)) {
            throw new NotFoundException("incident.error.reportNotFound");
        }
        return report;
    }

    /** A report the actor may read: its own reporter always, viewers when it lies in their districts. */
    private ReportView visible(WorkspaceId workspace, UUID id, Actor actor) {
        var report = reports.find(workspace, id).orElseThrow(() -> new NotFoundException("incident.error.reportNotFound"));
        boolean own = report.reporterId().equals(actor.userId());
        boolean viewer = actor.hasAnyRole(workspace, IncidentRoles.VIEWERS) && DistrictScope.of(actor, workspace).covers(report);
        if (!own && !viewer) {
            throw new NotFoundException("incident.error.reportNotFound");
        }
        return report;
    }

    private record Checked(NewObservation observation, @Nullable Location location, Occurrence occurrence,
            List<CategoryView> categories, List<PersonalDataScreen.Kind> kinds, List<PhotoSanitizer.CleanPhoto> photos) {}

    private Checked check(WorkspaceId workspace, int index, NewObservation o, Instant now) {
        Location location = null;
        if (o.lat() != null || o.lon() != null) {
            if (o.lat() == null || o.lon() == null) {
                throw problem(index, "lat", "incident.error.coordinatePair");
            }
            try {
                location = geo.locate(workspace, o.lat(), o.lon());
            } catch (RuleViolationException e) {
                throw new ObservationProblem(index, "lat", new RuleViolationException("incident.error.outsideWorkspace"));
            }
            if (!location.insideAny()) {
                throw problem(index, "lat", "incident.error.outsideWorkspace");
            }
        } else if (o.placeText() == null || o.placeText().isBlank()) {
            throw problem(index, "placeText", "incident.error.locationMissing");
        }
        if (o.placeText() != null && o.placeText().length() > MAX_PLACE_TEXT) {
            throw problem(index, "placeText", "incident.error.placeTextLength");
        }
        if (o.placeType() == null) {
            throw problem(index, "placeType", "incident.error.placeTypeMissing");
        }
        if (o.accuracy() == null) {
            throw problem(index, "accuracy", "incident.error.accuracyMissing");
        }
        Occurrence occurrence;
        try {
            occurrence = Occurrence.of(o.accuracy(), o.date(), o.time(), o.partOfDay(), now);
        } catch (RuleViolationException e) {
            throw new ObservationProblem(index, "date", e);
        }
        List<CategoryView> chosen;
        try {
            chosen = categories.usable(workspace, new LinkedHashSet<>(o.categoryIds()));
        } catch (RuleViolationException e) {
            throw new ObservationProblem(index, "categoryIds", e);
        }
        if (o.description() == null || o.description().isBlank()) {
            throw problem(index, "description", "incident.error.descriptionMissing");
        }
        if (o.description().length() > MAX_DESCRIPTION) {
            throw problem(index, "description", "incident.error.descriptionLength");
        }
        if (o.assessment() == null) {
            throw problem(index, "assessment", "incident.error.assessmentMissing");
        }
        if (o.policeNotified() == null) {
            throw problem(index, "policeNotified", "incident.error.policeNotifiedMissing");
        }
        if (o.personsCount() != null && (o.personsCount() < 0 || o.personsCount() > 10_000)) {
            throw problem(index, "personsCount", "incident.error.personsCount");
        }
        var kinds = new ArrayList<>(PersonalDataScreen.kinds(o.description()));
        if (o.placeText() != null) {
            kinds.addAll(PersonalDataScreen.kinds(o.placeText()));
        }
        if (o.photos().size() > MAX_PHOTOS) {
            throw problem(index, "photos", "incident.error.photoCount");
        }
        List<PhotoSanitizer.CleanPhoto> photos = new ArrayList<>();
        for (byte[] photo : o.photos()) {
            try {
                photos.add(PhotoSanitizer.sanitize(photo));
            } catch (RuleViolationException e) {
                throw new ObservationProblem(index, "photos", e);
            }
        }
        return new Checked(o, location, occurrence, chosen, List.copyOf(new LinkedHashSet<>(kinds)), photos);
    }

    private static ObservationProblem problem(int index, String field, String key) {
        return new ObservationProblem(index, field, new RuleViolationException(key));
    }

    private static @Nullable String staffNote(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 500) {
            throw new RuleViolationException("incident.error.noteLength");
        }
        return PersonalDataScreen.mask(note.strip());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
