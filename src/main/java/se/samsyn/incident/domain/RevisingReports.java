package se.samsyn.incident.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
        var chosen = categories.usable(workspace, new LinkedHashSet<>(revision.categoryIds()));

        boolean descriptionChanged = !description.equals(report.description());
        boolean placeChanged = !Objects.equals(place, report.placeText());
        boolean categoriesChanged = !ids(chosen).equals(report.categories().stream()
                .map(ReportView.ReportCategory::id).collect(Collectors.toSet()));
        if (!descriptionChanged && !placeChanged && !categoriesChanged) {
            return;
        }
        var found = new LinkedHashSet<PersonalDataScreen.Kind>();
        if (descriptionChanged) {
            found.addAll(PersonalDataScreen.kinds(description));
        }
        if (placeChanged && place != null) {
            found.addAll(PersonalDataScreen.kinds(place));
        }
        if (!found.isEmpty() && !revision.personalDataConfirmed()) {
            throw new PersonalDataWarning(List.copyOf(found));
        }

        var originals = reports.originals(id);
        var text = descriptionChanged ? PersonalDataScreen.Screened.of(description)
                : new PersonalDataScreen.Screened(report.description(), originals.description());
        var placeText = !placeChanged ? new PersonalDataScreen.Screened(report.placeText(), originals.placeText())
                : place == null ? new PersonalDataScreen.Screened(null, null) : PersonalDataScreen.Screened.of(place);
        var kinds = new LinkedHashSet<PersonalDataScreen.Kind>();
        kinds.addAll(text.original() == null ? List.of() : PersonalDataScreen.kinds(text.original()));
        kinds.addAll(placeText.original() == null ? List.of() : PersonalDataScreen.kinds(placeText.original()));
        ReportStatus to = report.status() == ReportStatus.NEEDS_INFO ? ReportStatus.UNDER_REVIEW : report.status();
        long version = revision.version() == null ? report.version() : revision.version();
        if (!reports.revise(id, text, placeText, List.copyOf(kinds), to, version)) {
            throw new ConflictException("incident.error.staleReport");
        }
        String before = codes(report.categories().stream().map(ReportView.ReportCategory::code).toList());
        if (categoriesChanged) {
            reports.replaceCategories(id, chosen);
        }
        var notes = new ArrayList<String>();
        if (categoriesChanged) {
            notes.add(before + " → " + codes(chosen.stream().map(CategoryView::code).toList()));
        }
        if (!found.isEmpty()) {
            notes.add("personalData=" + found);
        }
        reports.addEvent(id, reporter.userId(), "EDITED", to == report.status() ? null : report.status(),
                to == report.status() ? null : to, notes.isEmpty() ? null : String.join("; ", notes));
        audit.record(AuditRecord.change(workspace, "EDIT", "IncidentReport", id)
                .with("fields=" + changed(descriptionChanged, placeChanged, categoriesChanged)
                        + (found.isEmpty() ? "" : ";personalDataMasked=true")));
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

    private static Set<UUID> ids(List<CategoryView> chosen) {
        return chosen.stream().map(CategoryView::id).collect(Collectors.toSet());
    }

    private static String codes(List<String> codes) {
        return String.join(",", codes);
    }

    private static String changed(boolean description, boolean place, boolean categories) {
        var fields = new ArrayList<String>();
        if (description) {
            fields.add("description");
        }
        if (place) {
            fields.add("placeText");
        }
        if (categories) {
            fields.add("categories");
        }
        return String.join(",", fields);
    }
}
