package se.samsyn.incident.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.incident.domain.ReportRevision;
import se.samsyn.incident.domain.ReportView;

/** The reporter's changes to their own report, as typed; shown again unchanged when something is wrong. */
record ReportRevisionForm(@Nullable Long version, @Nullable String description, @Nullable String placeText,
        @Nullable List<UUID> categoryIds, @Nullable Boolean confirmPersonalData) {

    static ReportRevisionForm of(ReportView report) {
        return new ReportRevisionForm(report.version(), report.description(), report.placeText(),
                report.categories().stream().map(ReportView.ReportCategory::id).toList(), false);
    }

    ReportRevision toRevision() {
        return new ReportRevision(version, description, placeText, categoryIds == null ? List.of() : categoryIds,
                Boolean.TRUE.equals(confirmPersonalData));
    }

    public boolean chose(UUID category) {
        return categoryIds != null && categoryIds.contains(category);
    }
}
