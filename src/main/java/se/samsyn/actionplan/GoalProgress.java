package se.samsyn.actionplan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A goal with what Samsyn knows about it now: SMART remarks, and for an indicator goal the baseline, the target and the
 * current value (the latest values of the series over a window as long as the baseline), and whether it is reached.
 */
public record GoalProgress(Goal goal, List<SmartFinding> findings, @Nullable String seriesLabel,
        @Nullable Double baseline, @Nullable Double target, @Nullable Double current, @Nullable String currentPeriod,
        @Nullable Boolean reached, List<IndicatorPoint> points) {}
