package se.samsyn.incident.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a report is in triage (DOMAIN.md §12.3). A closed report can be reopened for review. */
public enum ReportStatus {
    SUBMITTED, UNDER_REVIEW, ACCEPTED, NEEDS_INFO, REDACTED, DUPLICATE, REJECTED, CLOSED;

    public Set<ReportStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, ACCEPTED, NEEDS_INFO, REDACTED, DUPLICATE, REJECTED);
            case UNDER_REVIEW -> EnumSet.of(ACCEPTED, NEEDS_INFO, REDACTED, DUPLICATE, REJECTED);
            case NEEDS_INFO -> EnumSet.of(UNDER_REVIEW, ACCEPTED, REDACTED, REJECTED, CLOSED);
            case ACCEPTED -> EnumSet.of(REDACTED, DUPLICATE, CLOSED);
            case REDACTED -> EnumSet.of(UNDER_REVIEW, ACCEPTED, CLOSED);
            case DUPLICATE, REJECTED -> EnumSet.of(UNDER_REVIEW, CLOSED);
            case CLOSED -> EnumSet.of(UNDER_REVIEW);
        };
    }

    public boolean canBecome(ReportStatus target) {
        return next().contains(target);
    }

    /** The reporter may still change their own report: before review starts, or when the coordinator asks for more. */
    public boolean reporterMayRevise() {
        return this == SUBMITTED || this == NEEDS_INFO;
    }
}
