package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record GoalInput(@Nullable UUID measureId, @Nullable GoalKind kind, @Nullable String text,
        @Nullable UUID seriesId, @Nullable String estCategory, @Nullable UUID estAreaId, @Nullable LocalDate baselineFrom, @Nullable LocalDate baselineTo,
        @Nullable Double targetChangePercent, @Nullable Double targetValue, @Nullable LocalDate targetDate) {}
