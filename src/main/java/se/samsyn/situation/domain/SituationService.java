package se.samsyn.situation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentApi;
import se.samsyn.incident.IncidentCategorySummary;
import se.samsyn.incident.ObservationQuery;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.situation.SituationPeriod;
import se.samsyn.situation.SituationPicture;
import se.samsyn.situation.SituationPicture.AreaCount;
import se.samsyn.situation.SituationPicture.CategoryCount;
import se.samsyn.situation.SituationPicture.Change;
import se.samsyn.situation.SituationPicture.Confidence;
import se.samsyn.situation.SituationPicture.Coverage;
import se.samsyn.situation.SituationPicture.Level;
import se.samsyn.situation.SituationPicture.Totals;
import se.samsyn.situation.SituationScope;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesSummary;
import se.samsyn.statistics.Source;
import se.samsyn.statistics.StatisticsApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes the {@link SituationPicture} for a scope: one read of the observations over the period, its comparison
 * periods and the timeline, then every figure in Java. Callers check access; {@code pointsAllowed} decides whether
 * individual points and small hexagon counts are included.
 */
@Service
public class SituationService {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** Fewer observations with a point than this and Gi* is not run: the normal approximation would mislead. */
    static final int HOTSPOT_MINIMUM = 20;
    /** Study regions larger than this many resolution-9 cells (about 2,100 km²) are not analysed. */
    static final int MAX_STUDY_CELLS = 20_000;
    static final int SUPPRESS_BELOW = 3;
    static final int MAX_POINTS = 2_000;
    static final int MAX_SERIES = 8;
    static final int STATUS_WEEKS = 8;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IncidentApi incidents;
    private final GeoApi geo;
    private final StatisticsApi statistics;
    private final Clock clock;

    SituationService(IncidentApi incidents, GeoApi geo, StatisticsApi statistics) {
        this.incidents = incidents;
        this.geo = geo;
        this.statistics = statistics;
        this.clock = Clock.systemUTC();
    }

    /** The areas the dashboard shows: the workspace's EST areas, or every area when it has none. */
    public List<AreaSummary> dashboardAreas(WorkspaceId workspace) {
        var est = geo.areas(workspace, AreaType.EST_AREA);
        return est.isEmpty() ? geo.areas(workspace, null) : est;
    }

    /**
     * The scope a request asks for. Without a date the period is the last complete ISO week (for weeks) or the period
     * containing today; {@code from}/{@code to} are required for a custom period. Unknown area ids are dropped.
     * {@code districts} (from {@link SituationRoles#districts}) limits the areas for a district-scoped viewer: the
     * requested areas within the districts, or all the districts when none of them was requested; {@code null} means the
     * whole workspace.
     */
    public SituationScope scope(WorkspaceId workspace, @Nullable Set<AreaId> districts, SituationPeriod.@Nullable Kind kind,
            @Nullable LocalDate date, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable List<UUID> areas,
            @Nullable List<String> categories) {
        return scope(workspace, kind, date, from, to, areas, categories, districts);
    }

    public SituationScope scope(WorkspaceId workspace, SituationPeriod.@Nullable Kind kind, @Nullable LocalDate date,
            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable List<UUID> areas, @Nullable List<String> categories) {
        return scope(workspace, kind, date, from, to, areas, categories, null);
    }

    private SituationScope scope(WorkspaceId workspace, SituationPeriod.@Nullable Kind kind, @Nullable LocalDate date,
            @Nullable LocalDate from, @Nullable LocalDate to, @Nullable List<UUID> areas, @Nullable List<String> categories,
            @Nullable Set<AreaId> districts) {
        SituationPeriod.Kind k = kind == null ? SituationPeriod.Kind.WEEK : kind;
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        SituationPeriod period;
        if (k == SituationPeriod.Kind.CUSTOM) {
            if (from == null || to == null) {
                throw new se.samsyn.shared.RuleViolationException("situation.error.customNeedsDates");
            }
            period = new SituationPeriod(k, from, to);
        } else {
            LocalDate anchor = date != null ? date : k == SituationPeriod.Kind.WEEK ? today.minusWeeks(1) : today;
            if (anchor.getYear() < 1990 || anchor.getYear() > 2200) {
                throw new se.samsyn.shared.RuleViolationException("situation.error.absurdDate");
            }
            period = SituationPeriod.containing(k, anchor);
        }
        Set<AreaId> known = geo.areas(workspace, null).stream().map(AreaSummary::id).collect(Collectors.toSet());
        Set<AreaId> wanted = areas == null ? Set.of() : areas.stream().map(AreaId::new).filter(known::contains)
                .filter(a -> districts == null || districts.contains(a)).collect(Collectors.toSet());
        if (districts != null && wanted.isEmpty()) {
            wanted = districts;
        }
        Set<String> codes = categories == null ? Set.of() : categories.stream().filter(c -> c != null && !c.isBlank())
                .map(String::strip).collect(Collectors.toSet());
        return new SituationScope(workspace, wanted, period, codes);
    }

    public List<IncidentCategorySummary> categories(WorkspaceId workspace) {
        return incidents.categories(workspace);
    }

    public SituationPicture picture(SituationScope scope, boolean pointsAllowed) {
        WorkspaceId ws = scope.workspace();
        SituationPeriod period = scope.period();
        var allAreas = dashboardAreas(ws);
        Map<AreaId, AreaSummary> byId = new LinkedHashMap<>();
        geo.areas(ws, null).forEach(a -> byId.put(a.id(), a));
        // The scope's areas are used as given (never widened): a district-scoped viewer's districts may be of any type.
        Set<AreaId> selected = scope.areas();
        List<AreaSummary> shownAreas = selected.isEmpty() ? allAreas
                : byId.values().stream().filter(a -> selected.contains(a.id())).toList();
        Map<String, String> categoryNames = new LinkedHashMap<>();
        incidents.categories(ws).forEach(c -> categoryNames.put(c.code(), c.name()));

        SituationPeriod previous = period.previous();
        SituationPeriod lastYear = period.sameLastYear();
        List<SituationPeriod> baseline = new ArrayList<>();
        SituationPeriod p = period;
        for (int i = 0; i < 4; i++) {
            p = p.previous();
            baseline.add(p);
        }
        Timeline timeline = Timeline.of(period);
        Timeline months = Timeline.months(period);
        LocalDate fetchFrom = min(List.of(lastYear.first(), baseline.get(3).first(), timeline.first(), months.first()));
        var query = new ObservationQuery(ws, selected, fetchFrom.atStartOfDay(ZONE).toInstant(),
                period.last().plusDays(1).atStartOfDay(ZONE).toInstant(), scope.categoryCodes());
        List<ObservedIncident> fetched = incidents.observations(query);
        List<ObservedIncident> all = fetched.stream().filter(o -> !o.citizen()).toList();
        List<ObservedIncident> citizen = fetched.stream().filter(ObservedIncident::citizen).toList();
        var currentQuery = new ObservationQuery(ws, selected, period.first().atStartOfDay(ZONE).toInstant(),
                period.last().plusDays(1).atStartOfDay(ZONE).toInstant(), scope.categoryCodes());

        // A period that has not ended is compared over the days that have passed, against the same number of days at
        // the start of the reference periods; a period that has not started is not compared at all.
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        LocalDate dataStart = incidents.firstObservation(ws).map(i -> i.atZone(ZONE).toLocalDate()).orElse(null);
        long elapsed = period.first().isAfter(today) ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(period.first(), period.last().isAfter(today) ? today : period.last()) + 1;
        boolean inProgress = elapsed < period.days();
        SituationPeriod currentWindow = clip(period, elapsed);
        SituationPeriod previousWindow = withData(clip(previous, elapsed), dataStart);
        SituationPeriod lastYearWindow = withData(clip(lastYear, elapsed), dataStart);
        List<ObservedIncident> current = within(all, period);
        List<ObservedIncident> before = previousWindow == null ? List.of() : within(all, previousWindow);
        List<ObservedIncident> yearBefore = lastYearWindow == null ? List.of() : within(all, lastYearWindow);

        // Coverage first: it feeds the confidence labels.
        var coverage = currentWindow == null ? List.<Coverage>of() : coverage(ws, selected, shownAreas, currentWindow);
        double share = coverageShare(coverage);
        var confidence = confidence(current.size(), share);

        var totals = new Totals(current.size(), incidents.awaitingTriage(currentQuery),
                current.stream().filter(ObservedIncident::hasPoint).count(), within(citizen, period).size(),
                change(current.size(), currentWindow, before.size(), previousWindow),
                change(current.size(), currentWindow, yearBefore.size(), lastYearWindow), previous, lastYear,
                current.size() < SituationPicture.SMALL, inProgress ? elapsed : null);

        Set<String> codes = new TreeSet<>();
        for (var list : List.of(current, before, yearBefore)) {
            list.forEach(o -> codes.addAll(o.categoryCodes()));
        }
        List<CategoryCount> categories = codes.stream().map(code -> {
            Predicate<ObservedIncident> has = o -> o.categoryCodes().contains(code);
            long c = count(current, has);
            return new CategoryCount(code, categoryNames.getOrDefault(code, code), c,
                    change(c, currentWindow, count(before, has), previousWindow),
                    change(c, currentWindow, count(yearBefore, has), lastYearWindow),
                    c < SituationPicture.SMALL);
        }).sorted(Comparator.comparingLong(CategoryCount::count).reversed().thenComparing(CategoryCount::code)).toList();

        Map<AreaId, Coverage> coverageByArea = new HashMap<>();
        coverage.stream().filter(c -> c.area() != null).forEach(c -> coverageByArea.put(c.area(), c));
        List<AreaCount> areas = shownAreas.stream().map(a -> {
            Predicate<ObservedIncident> in = o -> o.areaIds().contains(a.id());
            long c = count(current, in);
            var cov = coverageByArea.get(a.id());
            double areaShare = cov == null || cov.weeks() == 0 ? 0 : (double) cov.coveredWeeks() / cov.weeks();
            return new AreaCount(a.id(), a.name(), a.areaKm2(), c, change(c, currentWindow, count(before, in), previousWindow),
                    change(c, currentWindow, count(yearBefore, in), lastYearWindow), c < SituationPicture.SMALL,
                    confidence(c, areaShare));
        }).toList();

        Map<String, JsonNode> geometries = geometries(ws);
        var hotspots = Hotspots.analyse(current, shownAreas.stream().map(a -> geometries.get(a.id().toString()))
                .filter(java.util.Objects::nonNull).toList(), pointsAllowed);

        List<SituationPicture.Point> points = !pointsAllowed ? List.of() : current.stream()
                .filter(ObservedIncident::hasPoint)
                .limit(MAX_POINTS)
                .map(o -> new SituationPicture.Point(o.lat(), o.lon(), o.categoryCodes(), o.occurredStart(),
                        o.accuracy().name()))
                .toList();

        double[][] weekdayHour = new double[7][24];
        current.forEach(o -> Aoristic.spread(weekdayHour, o.occurredStart(), o.occurredEnd(), ZONE));

        return new SituationPicture(scope, clock.instant(), confidence, totals, categories, areas,
                timeline.count(all), sources(ws, selected, months, all), weekdayHour, hotspots,
                currentWindow == null ? List.of()
                        : WrongDirection.find(all, period, currentWindow.days(),
                                baseline.stream().filter(b -> withData(b, dataStart) != null).toList(), shownAreas,
                                categoryNames),
                perceived(ws, shownAreas, current, within(citizen, period), period),
                Perception.places(current, within(citizen, period).stream()
                        .filter(o -> selected.isEmpty() || o.areaIds().stream().anyMatch(selected::contains)).toList(),
                        hotspots.hexagons().stream().filter(h -> h.bin() > 0)
                                .map(h -> HexGrid.h3().stringToH3(h.cell())).collect(Collectors.toSet())),
                statuses(ws, byId, period), coverage, pointsAllowed, points);
    }

    private Map<String, JsonNode> geometries(WorkspaceId ws) {
        Map<String, JsonNode> result = new HashMap<>();
        for (JsonNode feature : JSON.readTree(geo.exportGeoJson(ws, null)).path("features")) {
            result.put(feature.path("id").asString(""), feature.path("geometry"));
        }
        return result;
    }

    static List<ObservedIncident> within(List<ObservedIncident> observations, SituationPeriod period) {
        return observations.stream().filter(o -> {
            LocalDate day = o.midpoint().atZone(ZONE).toLocalDate();
            return !day.isBefore(period.first()) && !day.isAfter(period.last());
        }).toList();
    }

    private static long count(List<ObservedIncident> list, Predicate<ObservedIncident> predicate) {
        return list.stream().filter(predicate).count();
    }

    /** The period, or null when the data start after it began (a reference period without data is not a zero). */
    static @Nullable SituationPeriod withData(@Nullable SituationPeriod period, @Nullable LocalDate dataStart) {
        return period == null || dataStart == null || period.first().isBefore(dataStart) ? null : period;
    }

    static @Nullable SituationPeriod clip(SituationPeriod period, long days) {
        if (days <= 0) {
            return null;
        }
        return days >= period.days() ? period
                : new SituationPeriod(SituationPeriod.Kind.CUSTOM, period.first(), period.first().plusDays(days - 1));
    }

    static Change change(long current, @Nullable SituationPeriod currentPeriod, long reference,
            @Nullable SituationPeriod referencePeriod) {
        if (currentPeriod == null || referencePeriod == null) {
            return new Change(current, reference, null, 1.0, false, false);
        }
        double pValue = RateComparison.pValue(current, currentPeriod.days(), reference, referencePeriod.days());
        double expected = reference * (double) currentPeriod.days() / referencePeriod.days();
        Double percent = expected == 0 ? null : Math.round((current - expected) / expected * 1000) / 10.0;
        return new Change(current, reference, percent, pValue, pValue < RateComparison.ALPHA, true);
    }

    static Confidence confidence(long observations, double coverageShare) {
        Level level = observations < 10 || coverageShare < 0.5 ? Level.LOW
                : observations < 50 || coverageShare < 0.8 ? Level.MEDIUM : Level.HIGH;
        return new Confidence(level, observations, Math.round(coverageShare * 1000) / 1000.0);
    }

    private List<Coverage> coverage(WorkspaceId ws, Set<AreaId> selected, List<AreaSummary> areas, SituationPeriod period) {
        var rows = incidents.coverage(ws, selected, period.first(), period.last());
        Set<String> weeks = weeks(period);
        Set<String> workspaceWide = rows.stream().filter(r -> r.area() == null && r.nilReturns() > 0)
                .map(r -> r.isoYear() + "-" + r.isoWeek()).collect(Collectors.toSet());
        List<Coverage> result = new ArrayList<>();
        for (AreaSummary a : areas) {
            var forArea = rows.stream().filter(r -> a.id().equals(r.area())).toList();
            Set<String> covered = new HashSet<>(workspaceWide);
            forArea.stream().filter(r -> r.reporters() > 0 || r.nilReturns() > 0)
                    .forEach(r -> covered.add(r.isoYear() + "-" + r.isoWeek()));
            covered.retainAll(weeks);
            result.add(new Coverage(a.id(), a.name(), weeks.size(), covered.size(),
                    forArea.stream().mapToInt(r -> r.reporters()).sum(), forArea.stream().mapToInt(r -> r.nilReturns()).sum()));
        }
        int wide = rows.stream().filter(r -> r.area() == null).mapToInt(r -> r.nilReturns()).sum();
        if (wide > 0) {
            result.add(new Coverage(null, "", weeks.size(), workspaceWide.size(), 0, wide));
        }
        return result;
    }

    static Set<String> weeks(SituationPeriod period) {
        Set<String> weeks = new TreeSet<>();
        for (LocalDate d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
            weeks.add(d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return weeks;
    }

    private static double coverageShare(List<Coverage> coverage) {
        int weeks = coverage.stream().filter(c -> c.area() != null).mapToInt(Coverage::weeks).sum();
        int covered = coverage.stream().filter(c -> c.area() != null).mapToInt(Coverage::coveredWeeks).sum();
        return weeks == 0 ? 0 : (double) covered / weeks;
    }

    private List<SituationPicture.ExternalSeries> sources(WorkspaceId ws, Set<AreaId> selected, Timeline months,
            List<ObservedIncident> all) {
        List<SituationPicture.ExternalSeries> result = new ArrayList<>();
        var est = months.count(all);
        result.add(new SituationPicture.ExternalSeries("EST", "", "COUNT", "", est.labels(),
                est.counts().stream().map(c -> (Double) c.doubleValue()).toList()));
        var range = SeriesQuery.all().between(months.first(), months.last());
        List<SeriesSummary> wanted = statistics.series(ws, SeriesQuery.all()).stream()
                .filter(s -> s.source() != Source.OTHER)
                .filter(s -> s.areaLevel() == se.samsyn.statistics.AreaLevel.MUNICIPALITY
                        || (s.areaId() != null && (selected.isEmpty() || selected.contains(s.areaId()))))
                .filter(s -> s.source() != Source.POLICE || s.measure() == Measure.COUNT)
                .sorted(Comparator.comparing((SeriesSummary s) -> s.source().ordinal())
                        .thenComparing(SeriesSummary::areaName).thenComparing(SeriesSummary::categoryLabel))
                .toList();
        for (SeriesSummary s : wanted) {
            if (result.size() > MAX_SERIES) {
                break;
            }
            Map<String, Double> byMonth = new HashMap<>();
            statistics.values(ws, s.id(), range)
                    .forEach(v -> byMonth.put(YearMonth.from(v.periodStart()).toString(), v.value()));
            if (byMonth.isEmpty()) {
                continue;
            }
            result.add(new SituationPicture.ExternalSeries(s.source().name(), s.categoryLabel() + " – " + s.areaName(),
                    s.measure().name(), s.unit(), months.labels(), months.labels().stream().map(byMonth::get).toList()));
        }
        return result;
    }

    private List<SituationPicture.PerceivedVsReported> perceived(WorkspaceId ws, List<AreaSummary> areas,
            List<ObservedIncident> current, List<ObservedIncident> citizen, SituationPeriod period) {
        Map<AreaId, double[]> index = new HashMap<>();
        Map<AreaId, String> indexPeriod = new HashMap<>();
        for (SeriesSummary s : statistics.series(ws, SeriesQuery.all().source(Source.SURVEY).measure(Measure.INDEX_0_6))) {
            if (s.areaId() == null) {
                continue;
            }
            var values = statistics.values(ws, s.id(), SeriesQuery.all().between(null, period.last()));
            if (values.isEmpty()) {
                continue;
            }
            var latest = values.get(values.size() - 1);
            index.merge(s.areaId(), new double[] {latest.value(), 1}, (x, y) -> new double[] {x[0] + y[0], x[1] + y[1]});
            indexPeriod.merge(s.areaId(), latest.period(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
        return Perception.classify(areas, current, citizen, index, indexPeriod);
    }

    private List<SituationPicture.StatusCell> statuses(WorkspaceId ws, Map<AreaId, AreaSummary> areas, SituationPeriod period) {
        LocalDate from = period.last().minusWeeks(STATUS_WEEKS).plusDays(1);
        if (from.isBefore(period.first())) {
            from = period.first();
        }
        return incidents.areaStatuses(ws, from, period.last()).stream()
                .filter(s -> areas.containsKey(s.area()))
                .map(s -> new SituationPicture.StatusCell(s.area(), areas.get(s.area()).name(), s.isoYear(), s.isoWeek(),
                        s.level(), s.label(), s.colour(), s.trend()))
                .toList();
    }

    private static LocalDate min(Collection<LocalDate> days) {
        return days.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

}
