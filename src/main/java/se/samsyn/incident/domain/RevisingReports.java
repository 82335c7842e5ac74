package se.samsyn.incident.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.Actor;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * A reporter changes the description, place text or categories of their own report while it is submitted or needs
 * more information. Free text is screened exactly as on submit: a warning first, then stored masked with the original
 * under restricted access. A report that needed more information goes back to review.
 */
@Service
public class RevisingReports {

    private final ReportRepository reports;
    private final CategoryService categories;
    private final AuditApi audit;

    RevisingReports(ReportRepository reports, CategoryService categories, AuditApi audit) {
        this.reports = reports;
        this.categories = categories;
        this.audit = audit;
    }

    /** The reporter's own report, whatever its status; anyone else's report is not found. */
    @Transactional(readOnly = true)
    public ReportView own(WorkspaceId workspace, UUID id, Actor reporter) {
        return reports.find(workspace, id)
                .filter(r -> r.reporterId().equals(reporter.userId()))
                .orElseThrow(() -> new NotFoundException("incident.error.reportNotFound"));
    }

    /** The reporter's own report, if it may still be revised. */
    @Transactional(readOnly = true)
    public ReportView revisable(WorkspaceId workspace, UUID id, Actor reporter) {
        var report = own(workspace, id, reporter);
        if (!report.status().reporterMayRevise() || report.redactionReason() != null) {
            throw new RuleViolationException("incident.error.notRevisable");
        }
        return report;
    }

    @Transactional
    public void revise(WorkspaceId workspace, UUID id, ReportRevision revision, Actor reporter) {
        var report = revisable(workspace, id, reporter);
        String description = revision.description() == null ? "" : revision.description().strip();
        String place = revision.placeText() == null || revision.placeText().isBlank() ? null : revision.placeText().strip();
        validate(report, description, place);
        var change = new Change(report, description, place, chosen(workspace, report, revision.categoryIds()));
        if (!change.any()) {
            return;
        }
        var found = change.personalData();
        if (!found.isEmpty() && !revision.personalDataConfirmed()) {
            throw new PersonalDataWarning(found);
        }
        ReportStatus to = report.status() == ReportStatus.NEEDS_INFO ? ReportStatus.UNDER_REVIEW : report.status();
        store(change, to, revision.version() == null ? report.version() : revision.version());
        reports.addEvent(id, reporter.userId(), "EDITED", to == report.status() ? null : report.status(),
                to == report.status() ? null : to, change.note(found));
        audit.record(AuditRecord.change(workspace, "EDIT", "IncidentReport", id)
                .with("fields=" + change.fields() + (found.isEmpty() ? "" : ";personalDataMasked=true")));
    }

    /**
     * Categories already on the report stay as recorded, even when they have been retired since; added ones must be
     * usable now.
     */
    private List<CategoryView> chosen(WorkspaceId workspace, ReportView report, List<UUID> ids) {
        var recorded = report.categories().stream()
                .collect(Collectors.toMap(ReportView.ReportCategory::id, ReportView.ReportCategory::version));
        var wanted = new LinkedHashSet<>(ids);
        var chosen = new ArrayList<CategoryView>();
        categories.list(workspace, true).stream()
                .filter(c -> wanted.contains(c.id()) && recorded.containsKey(c.id()))
                .map(c -> new CategoryView(c.id(), c.code(), c.parentCode(), recorded.get(c.id()), c.name(),
                        c.description(), c.commonCode(), c.retired(), c.position()))
                .forEach(chosen::add);
        wanted.removeAll(recorded.keySet());
        if (!wanted.isEmpty() || chosen.isEmpty()) {
            chosen.addAll(categories.usable(workspace, wanted));
        }
        return chosen;
    }

    /** Changed text is stored masked with its original when personal data was found; unchanged text keeps both. */
    private void store(Change change, ReportStatus status, long version) {
        var report = change.report();
        var originals = reports.originals(report.id());
        var text = change.descriptionChanged() ? PersonalDataScreen.Screened.of(change.description())
                : new PersonalDataScreen.Screened(report.description(), originals.description());
        var place = !change.placeChanged() ? new PersonalDataScreen.Screened(report.placeText(), originals.placeText())
                : change.place() == null ? new PersonalDataScreen.Screened(null, null)
                : PersonalDataScreen.Screened.of(change.place());
        var kinds = new LinkedHashSet<PersonalDataScreen.Kind>();
        for (var original : new String[] {text.original(), place.original()}) {
            if (original != null) {
                kinds.addAll(PersonalDataScreen.kinds(original));
            }
        }
        if (!reports.revise(report.id(), text, place, List.copyOf(kinds), status, version)) {
            throw new ConflictException("incident.error.staleReport");
        }
        if (change.categoriesChanged()) {
            reports.replaceCategories(report.id(), change.categories());
        }
    }

    /** What the reporter changed compared with the stored report (whose text is the masked one). */
    private record Change(ReportView report, String description, @Nullable String place, List<CategoryView> categories) {

        boolean descriptionChanged() {
            return !description.equals(report.description());
        }

        boolean placeChanged() {
            return !Objects.equals(place, report.placeText());
        }

        boolean categoriesChanged() {
            return !categories.stream().map(CategoryView::id).collect(Collectors.toSet())
                    .equals(report.categories().stream().map(ReportView.ReportCategory::id).collect(Collectors.toSet()));
        }

        boolean any() {
            return descriptionChanged() || placeChanged() || categoriesChanged();
        }

        /** Personal data in the changed text only: text left as it was has been through the screen already. */
        List<PersonalDataScreen.Kind> personalData() {
            var found = new LinkedHashSet<PersonalDataScreen.Kind>();
            if (descriptionChanged()) {
                found.addAll(PersonalDataScreen.kinds(description));
            }
            if (placeChanged() && place != null) {
                found.addAll(PersonalDataScreen.kinds(place));
            }
            return List.copyOf(found);
        }

        /** For the history: category codes before and after, and kinds of personal data masked; never report text. */
        @Nullable String note(List<PersonalDataScreen.Kind> found) {
            var notes = new ArrayList<String>();
            if (categoriesChanged()) {
                notes.add(codes(report.categories().stream().map(ReportView.ReportCategory::code).toList()) + " → "
                        + codes(categories.stream().map(CategoryView::code).toList()));
            }
            if (!found.isEmpty()) {
                notes.add("personalData=" + found);
            }
            return notes.isEmpty() ? null : String.join("; ", notes);
        }

        String fields() {
            var fields = new ArrayList<String>();
            if (descriptionChanged()) {
                fields.add("description");
            }
            if (placeChanged()) {
                fields.add("placeText");
            }
            if (categoriesChanged()) {
                fields.add("categories");
            }
            return String.join(",", fields);
        }

        private static String codes(List<String> codes) {
            return String.join(",", codes);
        }
    }

    private static void validate(ReportView report, String description, @Nullable String place) {
        if (description.isEmpty()) {
            throw new RuleViolationException("incident.error.descriptionMissing", 1);
        }
        if (description.length() > ReportService.MAX_DESCRIPTION) {
            throw new RuleViolationException("incident.error.descriptionLength", 1);
        }
        if (place != null && place.length() > ReportService.MAX_PLACE_TEXT) {
            throw new RuleViolationException("incident.error.placeTextLength", 1);
        }
        if (place == null && !report.hasPoint()) {
            throw new RuleViolationException("incident.error.locationMissing", 1);
        }
    }
}
