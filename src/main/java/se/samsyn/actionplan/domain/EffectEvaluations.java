package se.samsyn.actionplan.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.actionplan.EffectEvaluation;
import se.samsyn.actionplan.EffectEvaluation.Counts;
import se.samsyn.actionplan.Measure;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentApi;
import se.samsyn.incident.ObservationQuery;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * Before/after evaluation of a measure on EST observations. The after period runs from the measure's start to its due
 * date or today, whichever is earlier; the before period is equally long and ends the day before the start. Neighbouring
 * areas are the workspace's other areas whose centre lies within {@value #NEIGHBOUR_KM} km of a target area's centre,
 * leaving out the target and comparison areas.
 */
@Service
@Transactional(readOnly = true)
public class EffectEvaluations {

    static final double NEIGHBOUR_KM = 3.0;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ActionPlans plans;
    private final IncidentApi incidents;
    private final GeoApi geo;

    EffectEvaluations(ActionPlans plans, IncidentApi incidents, GeoApi geo) {
        this.plans = plans;
        this.incidents = incidents;
        this.geo = geo;
    }

    public EffectEvaluation evaluate(WorkspaceId ws, UUID measureId, List<UUID> targetIds, List<UUID> comparisonIds,
            @Nullable String category, LocalDate today) {
        Measure measure = plans.measure(ws, measureId);
        if (targetIds.isEmpty() || comparisonIds.isEmpty()) {
            throw new RuleViolationException("actionplan.effect.areasRequired");
        }
        if (!measure.start().isBefore(today)) {
            throw new RuleViolationException("actionplan.effect.notStarted");
        }
        List<AreaSummary> all = geo.areas(ws, null);
        List<AreaSummary> targets = pick(all, targetIds);
        List<AreaSummary> comparisons = pick(all, comparisonIds);
        Set<UUID> used = new HashSet<>(targetIds);
        used.addAll(comparisonIds);
        List<AreaSummary> neighbours = all.stream().filter(a -> !used.contains(a.id().value()))
                .filter(a -> targets.stream().anyMatch(t -> km(t, a) <= NEIGHBOUR_KM)).toList();

        LocalDate afterFrom = measure.start();
        LocalDate afterTo = measure.due().isBefore(today) ? measure.due() : today;
        long days = ChronoUnit.DAYS.between(afterFrom, afterTo) + 1;
        LocalDate beforeTo = afterFrom.minusDays(1);
        LocalDate beforeFrom = afterFrom.minusDays(days);
        Set<String> categories = category == null || category.isBlank() ? Set.of() : Set.of(category);

        Counts target = counts(ws, targets, categories, beforeFrom, beforeTo, afterFrom, afterTo);
        Counts comparison = counts(ws, comparisons, categories, beforeFrom, beforeTo, afterFrom, afterTo);
        Counts around = counts(ws, neighbours, categories, beforeFrom, beforeTo, afterFrom, afterTo);
        return new EffectEvaluation(beforeFrom, beforeTo, afterFrom, afterTo, target, comparison, around,
                ratio(target, comparison), ratio(around, comparison), names(targets), names(comparisons),
                names(neighbours));
    }

    private static List<AreaSummary> pick(List<AreaSummary> all, List<UUID> ids) {
        List<AreaSummary> picked = all.stream().filter(a -> ids.contains(a.id().value())).toList();
        if (picked.size() != Set.copyOf(ids).size()) {
            throw new RuleViolationException("actionplan.problem.areaUnknown");
        }
        return picked;
    }

    private Counts counts(WorkspaceId ws, List<AreaSummary> areas, Set<String> categories, LocalDate beforeFrom,
            LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo) {
        if (areas.isEmpty()) {
            return Counts.of(0, 0);
        }
        Set<AreaId> ids = Set.copyOf(areas.stream().map(AreaSummary::id).toList());
        return Counts.of(count(ws, ids, categories, beforeFrom, beforeTo), count(ws, ids, categories, afterFrom, afterTo));
    }

    private long count(WorkspaceId ws, Set<AreaId> areas, Set<String> categories, LocalDate from, LocalDate to) {
        return incidents.observations(new ObservationQuery(ws, areas, from.atStartOfDay(SWEDEN).toInstant(),
                to.plusDays(1).atStartOfDay(SWEDEN).toInstant(), categories)).stream()
                .filter(o -> {
                    LocalDate day = o.occurredStart().atZone(SWEDEN).toLocalDate();
                    return !day.isBefore(from) && !day.isAfter(to);
                }).count();
    }

    private static @Nullable Double ratio(Counts a, Counts b) {
        if (a.before() == 0 || b.before() == 0 || b.after() == 0) {
            return null;
        }
        return ((double) a.after() / a.before()) / ((double) b.after() / b.before());
    }

    private static List<String> names(List<AreaSummary> areas) {
        return areas.stream().map(AreaSummary::name).toList();
    }

    private static double km(AreaSummary a, AreaSummary b) {
        double lat1 = Math.toRadians(a.centroidLat());
        double lat2 = Math.toRadians(b.centroidLat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.centroidLon() - a.centroidLon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.asin(Math.sqrt(h));
    }
}
