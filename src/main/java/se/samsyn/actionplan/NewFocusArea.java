package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record NewFocusArea(@Nullable String title, @Nullable String description, @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo, @Nullable Integer priority, List<UUID> areaIds, @Nullable UUID sourceSituationId,
        @Nullable String sourceSituation, List<SteeringDocument> steeringDocuments) {

    public NewFocusArea(@Nullable String title, @Nullable String description, @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo, @Nullable Integer priority, List<UUID> areaIds,
            @Nullable UUID sourceSituationId, List<SteeringDocument> steeringDocuments) {
        this(title, description, periodFrom, periodTo, priority, areaIds, sourceSituationId, null, steeringDocuments);
    }
}
