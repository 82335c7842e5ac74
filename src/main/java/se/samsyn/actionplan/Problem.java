package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.WorkspaceId;

/**
 * Fokusområde: a problem the trygghetsråd chose for a period. {@code sourceSituationId} names the lägesbild it came
 * from when known. Priority 1 is the highest.
 */
public record Problem(UUID id, WorkspaceId workspace, String title, @Nullable String description, LocalDate periodFrom,
        LocalDate periodTo, int priority, List<UUID> areaIds, @Nullable UUID sourceSituationId,
        List<SteeringDocument> steeringDocuments) {}
