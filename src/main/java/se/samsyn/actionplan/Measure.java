package se.samsyn.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.organisation.OrganisationId;

/**
 * Åtgärd in an action plan. It answers at least one cause, and one organisation of the workspace is responsible,
 * with a named contact person. {@code version} is the optimistic lock: an update must carry the version it read.
 */
public record Measure(UUID id, UUID planId, String title, MeasureKind kind, Horizon horizon, boolean ordinaryWork,
        @Nullable String partners, LocalDate start, LocalDate due, int order, @Nullable BigDecimal budget,
        @Nullable String financing, OrganisationId responsible, String contactName, String contactEmail,
        boolean affectsChildren, @Nullable String childAssessment, @Nullable String childReason, List<UUID> causeIds,
        long version) {

    /** A measure that affects children needs a completed assessment or a recorded reason why there is none. */
    public boolean childAssessmentMissing() {
        return affectsChildren && isBlank(childAssessment) && isBlank(childReason);
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
