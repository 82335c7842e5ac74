package se.samsyn.actionplan.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.samsyn.actionplan.IndicatorPoint;
import se.samsyn.geo.AreaId;
import se.samsyn.incident.IncidentApi;
import se.samsyn.incident.ObservationQuery;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.shared.WorkspaceId;

/**
 * Goal indicators on EST reports: the number of counted observations of one category (optionally in one area) through
 * the incident module. The baseline counts the baseline period; the current value counts a window of the same length
 * ending today; points are monthly counts from the baseline's first month. A baseline that starts before the
 * workspace's first observation has no data (not zero) and is left empty.
 */
@Component
class EstIndicators {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final IncidentApi incidents;

    EstIndicators(IncidentApi incidents) {
        this.incidents = incidents;
    }

    boolean exists(WorkspaceId ws, String category) {
        return incidents.categories(ws).stream().anyMatch(c -> c.code().equals(category));
    }

    String label(WorkspaceId ws, String category) {
        return incidents.categories(ws).stream().filter(c -> c.code().equals(category)).findFirst()
                .map(c -> c.name()).orElse(category);
    }

    Indicators.Values read(WorkspaceId ws, String category, @Nullable UUID area, LocalDate baselineFrom,
            LocalDate baselineTo, LocalDate today) {
        LocalDate first = baselineFrom.isBefore(today) ? baselineFrom : today.minusYears(1);
        var query = new ObservationQuery(ws, area == null ? Set.of() : Set.of(new AreaId(area)),
                first.atStartOfDay(SWEDEN).toInstant(), today.plusDays(1).atStartOfDay(SWEDEN).toInstant(),
                Set.of(category));
        List<LocalDate> days = incidents.observations(query).stream().map(EstIndicators::day).toList();
        var firstObservation = incidents.firstObservation(ws).map(i -> i.atZone(SWEDEN).toLocalDate()).orElse(null);
        Double baseline = firstObservation == null || baselineFrom.isBefore(firstObservation) ? null
                : (double) days.stream().filter(d -> !d.isBefore(baselineFrom) && !d.isAfter(baselineTo)).count();
        long length = ChronoUnit.DAYS.between(baselineFrom, baselineTo);
        LocalDate windowStart = today.minusDays(length);
        double current = days.stream().filter(d -> !d.isBefore(windowStart) && !d.isAfter(today)).count();
        Map<YearMonth, Integer> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            months.put(m, 0);
        }
        days.forEach(d -> months.merge(YearMonth.from(d), 1, Integer::sum));
        List<IndicatorPoint> points = months.entrySet().stream()
                .map(e -> new IndicatorPoint(e.getKey().toString(), e.getValue())).toList();
        return new Indicators.Values(baseline, current, windowStart + "–" + today, points);
    }

    private static LocalDate day(ObservedIncident o) {
        return o.occurredStart().atZone(SWEDEN).toLocalDate();
    }
}
