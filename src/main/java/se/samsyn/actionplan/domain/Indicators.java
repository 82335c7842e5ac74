package se.samsyn.actionplan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.samsyn.actionplan.IndicatorPoint;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.SeriesId;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesSummary;
import se.samsyn.statistics.SeriesValue;
import se.samsyn.statistics.StatisticsApi;

/**
 * Reads a goal's indicator from the statistics module. The baseline is the series aggregated over the baseline period:
 * counts and amounts are summed, rates, indices, percentages and means are averaged. The current value aggregates the
 * latest values of the series over as many periods as the baseline had, so a yearly baseline compares with the latest
 * year and a twelve-month baseline with the latest twelve months.
 */
@Component
class Indicators {

    /** Baseline, current value (and its period) and the points of any indicator. */
    record Values(@Nullable Double baseline, @Nullable Double current, @Nullable String currentPeriod,
            List<IndicatorPoint> points) {}

    record Reading(SeriesSummary series, @Nullable Double baseline, @Nullable Double current,
            @Nullable String currentPeriod, List<IndicatorPoint> points) {}

    private final StatisticsApi statistics;

    Indicators(StatisticsApi statistics) {
        this.statistics = statistics;
    }

    boolean exists(WorkspaceId ws, UUID series) {
        return statistics.series(ws, new SeriesId(series)).isPresent();
    }

    @Nullable Reading read(WorkspaceId ws, UUID seriesId, @Nullable LocalDate baselineFrom, @Nullable LocalDate baselineTo) {
        var series = statistics.series(ws, new SeriesId(seriesId)).orElse(null);
        if (series == null) {
            return null;
        }
        List<SeriesValue> values = statistics.values(ws, new SeriesId(seriesId), SeriesQuery.all());
        List<IndicatorPoint> points = values.stream().map(v -> new IndicatorPoint(v.period(), v.value())).toList();
        if (values.isEmpty()) {
            return new Reading(series, null, null, null, points);
        }
        List<SeriesValue> base = values.stream()
                .filter(v -> baselineFrom == null || !v.periodStart().isBefore(baselineFrom))
                .filter(v -> baselineTo == null || !v.periodStart().isAfter(baselineTo))
                .toList();
        boolean sum = series.measure() == Measure.COUNT || series.measure() == Measure.AMOUNT;
        Double baseline = base.isEmpty() || baselineFrom == null ? null : aggregate(base, sum);
        int window = base.isEmpty() ? 1 : base.size();
        List<SeriesValue> latest = values.subList(Math.max(0, values.size() - window), values.size());
        String period = latest.size() == 1 ? latest.get(0).period()
                : latest.get(0).period() + "–" + latest.get(latest.size() - 1).period();
        return new Reading(series, baseline, aggregate(latest, sum), period, points);
    }

    private static double aggregate(List<SeriesValue> values, boolean sum) {
        double total = values.stream().mapToDouble(SeriesValue::value).sum();
        return sum ? total : total / values.size();
    }
}
