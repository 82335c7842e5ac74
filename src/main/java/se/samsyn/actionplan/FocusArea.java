package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.WorkspaceId;

/**
 * Fokusområde (problem) of the problem-solving cycle: what the trygghetsråd chose to work on for a period. Not the
 * incident module's {@code Problem} (linked reports) nor a focus-area section of an agreement.
 * {@code sourceSituationId} names the lägesbild it came from when known;
 * {@code sourceSituation} says it in words (period and hotspot cell) for a focus area made from the dashboard. Priority 1 is the highest.
 */
public record FocusArea(UUID id, WorkspaceId workspace, String title, @Nullable String description, LocalDate periodFrom,
        LocalDate periodTo, int priority, List<UUID> areaIds, @Nullable UUID sourceSituationId,
        @Nullable String sourceSituation, List<SteeringDocument> steeringDocuments) {}
