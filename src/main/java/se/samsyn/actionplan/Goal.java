package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Mål. When {@code seriesId} is set, the goal is bound to an indicator series of the statistics module: the baseline is
 * the series over {@code baselineFrom}–{@code baselineTo}, the target either a relative change ({@code -10} for "−10 %
 * compared with the baseline") or an absolute value, to be reached by {@code targetDate}. When {@code estCategory} is
 * set instead, the indicator is the number of counted EST observations of that category (in {@code estAreaId} when
 * given) from the incident module.
 */
public record Goal(UUID id, UUID planId, @Nullable UUID measureId, GoalKind kind, String text, @Nullable UUID seriesId,
        @Nullable String estCategory, @Nullable UUID estAreaId,
        @Nullable LocalDate baselineFrom, @Nullable LocalDate baselineTo, @Nullable Double targetChangePercent,
        @Nullable Double targetValue, @Nullable LocalDate targetDate) {}
