package se.samsyn.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportStatusTest {

    @Test
    void aSubmittedReportCanGoToEveryTriageOutcomeButNotStraightToClosed() {
        assertThat(ReportStatus.SUBMITTED.next()).containsExactlyInAnyOrder(ReportStatus.UNDER_REVIEW, ReportStatus.ACCEPTED,
                ReportStatus.NEEDS_INFO, ReportStatus.REDACTED, ReportStatus.DUPLICATE, ReportStatus.REJECTED);
        assertThat(ReportStatus.SUBMITTED.canBecome(ReportStatus.CLOSED)).isFalse();
    }

    @Test
    void nothingReturnsToSubmittedAndNoStatusLeadsToItself() {
        for (var s : ReportStatus.values()) {
            assertThat(s.canBecome(ReportStatus.SUBMITTED)).as(s.name()).isFalse();
            assertThat(s.canBecome(s)).as(s.name()).isFalse();
        }
    }

    @Test
    void everyStatusButClosedCanEventuallyBeClosedAndClosedCanBeReopened() {
        Arrays.stream(ReportStatus.values()).filter(s -> s != ReportStatus.CLOSED && s != ReportStatus.SUBMITTED
                        && s != ReportStatus.UNDER_REVIEW)
                .forEach(s -> assertThat(s.canBecome(ReportStatus.CLOSED)).as(s.name()).isTrue());
        assertThat(ReportStatus.CLOSED.next()).containsExactly(ReportStatus.UNDER_REVIEW);
    }

    @Test
    void theReporterMayReviseOnlyBeforeReviewStartsOrWhenMoreInformationIsAskedFor() {
        assertThat(Arrays.stream(ReportStatus.values()).filter(ReportStatus::reporterMayRevise))
                .containsExactlyInAnyOrder(ReportStatus.SUBMITTED, ReportStatus.NEEDS_INFO);
    }
}
