package se.samsyn.incident.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.geo.AreaId;
import se.samsyn.incident.AreaWeekStatus;
import se.samsyn.incident.ObservationQuery;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.incident.ReporterCoverage;
import se.samsyn.shared.WorkspaceId;

/**
 * Read queries for analyses (the lägesbild): observations without free text, reporting effort and weekly area statuses.
 * Every statement is portable SQL; time is bucketed in Java (Europe/Stockholm), never in SQL.
 */
@Service
public class ObservationQueries {

    /** Statuses that count in analyses; see {@link ObservedIncident.CountedStatus}. */
    static final List<String> COUNTED = List.of("ACCEPTED", "REDACTED", "CLOSED");
    static final List<String> AWAITING = List.of("SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO");
    static final String CITIZEN_CHANNEL = "PUBLIC_ESERVICE";

    private final JdbcClient jdbc;

    ObservationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID id, @Nullable Double lat, @Nullable Double lon, @Nullable Long h3r7, @Nullable Long h3r9,
            Instant start, Instant end, String accuracy, String status, @Nullable UUID problem, boolean citizen) {}

    @Transactional(readOnly = true)
    public List<ObservedIncident> observations(ObservationQuery query) {
        String where = where(query);
        var rows = params(jdbc.sql("""
                select r.id, r.lat, r.lon, r.h3_r7, r.h3_r9, r.occurred_start, r.occurred_end, r.time_accuracy, r.status,
                       r.problem_id, s.channel
                from incident.report r join incident.submission s on s.id = r.submission_id
                """ + where + " order by r.occurred_start, r.id"), query, COUNTED)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), nullableDouble(rs.getObject(2)),
                        nullableDouble(rs.getObject(3)), nullableLong(rs.getObject(4)), nullableLong(rs.getObject(5)),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9),
                        rs.getObject(10, UUID.class), CITIZEN_CHANNEL.equals(rs.getString(11))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> categories = new HashMap<>();
        params(jdbc.sql("""
                select rc.report_id, c.code from incident.report_category rc
                join incident.category c on c.id = rc.category_id
                join incident.report r on r.id = rc.report_id
                join incident.submission s on s.id = r.submission_id
                """ + where + " order by c.code"), query, COUNTED)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(e -> categories.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<AreaId>> areas = new HashMap<>();
        params(jdbc.sql("""
                select ra.report_id, ra.area_id from incident.report_area ra
                join incident.report r on r.id = ra.report_id
                join incident.submission s on s.id = r.submission_id
                """ + where), query, COUNTED)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new AreaId(rs.getObject(2, UUID.class))))
                .list()
                .forEach(e -> areas.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new ObservedIncident(r.id(), r.lat(), r.lon(), r.h3r7(), r.h3r9(),
                areas.getOrDefault(r.id(), List.of()), categories.getOrDefault(r.id(), List.of()), r.start(), r.end(),
                ObservedIncident.TimeAccuracy.valueOf(r.accuracy()), ObservedIncident.CountedStatus.valueOf(r.status()),
                r.problem(), r.citizen())).toList();
    }

    /** When the workspace's earliest counted observation began, if it has any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Instant> firstObservation(WorkspaceId workspace) {
        return jdbc.sql("select min(occurred_start) from incident.report where workspace_id = :ws and status in (:statuses)")
                .param("ws", workspace.value()).param("statuses", COUNTED)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    @Transactional(readOnly = true)
    public long awaitingTriage(ObservationQuery query) {
        return params(jdbc.sql("""
                select count(*) from incident.report r join incident.submission s on s.id = r.submission_id
                """ + where(query)), query, AWAITING).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<ReporterCoverage> coverage(WorkspaceId workspace, Set<AreaId> areaFilter, LocalDate firstDay, LocalDate lastDay) {
        Instant from = firstDay.atStartOfDay(Occurrence.ZONE).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(Occurrence.ZONE).toInstant();
        Set<UUID> wanted = areaFilter.stream().map(AreaId::value).collect(Collectors.toSet());
        record Key(@Nullable UUID area, int year, int week) {}
        Map<Key, Set<UUID>> reporters = new LinkedHashMap<>();
        Map<Key, Integer> nils = new LinkedHashMap<>();
        jdbc.sql("""
                select ra.area_id, r.reporter_id, r.occurred_start, r.occurred_end from incident.report r
                join incident.submission s on s.id = r.submission_id
                join incident.report_area ra on ra.report_id = r.id
                where r.workspace_id = :ws and r.occurred_start < :to and r.occurred_end >= :from
                  and s.channel <> :citizen and r.status not in (:excluded)
                """)
                .param("ws", workspace.value()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("citizen", CITIZEN_CHANNEL).param("excluded", List.of("REJECTED"))
                .query((rs, n) -> {
                    UUID area = rs.getObject(1, UUID.class);
                    Instant start = rs.getTimestamp(3).toInstant();
                    Instant end = rs.getTimestamp(4).toInstant();
                    var day = start.plus(java.time.Duration.between(start, end).dividedBy(2)).atZone(Occurrence.ZONE)
                            .toLocalDate();
                    if ((wanted.isEmpty() || wanted.contains(area)) && !day.isBefore(firstDay) && !day.isAfter(lastDay)) {
                        reporters.computeIfAbsent(new Key(area, isoYear(day), isoWeek(day)), k -> new HashSet<>())
                                .add(rs.getObject(2, UUID.class));
                    }
                    return n;
                })
                .list();
        int firstYear = isoYear(firstDay);
        int lastYear = isoYear(lastDay);
        jdbc.sql("""
                select iso_year, iso_week, area_ids from incident.nil_return
                where workspace_id = :ws and iso_year >= :y0 and iso_year <= :y1
                """)
                .param("ws", workspace.value()).param("y0", firstYear).param("y1", lastYear)
                .query((rs, n) -> {
                    int year = rs.getInt(1);
                    int week = rs.getInt(2);
                    if (!weekWithin(year, week, firstDay, lastDay)) {
                        return n;
                    }
                    String ids = rs.getString(3);
                    if (ids == null || ids.isBlank()) {
                        nils.merge(new Key(null, year, week), 1, Integer::sum);
                    } else {
                        for (String id : ids.split(",")) {
                            UUID area = UUID.fromString(id.strip());
                            if (wanted.isEmpty() || wanted.contains(area)) {
                                nils.merge(new Key(area, year, week), 1, Integer::sum);
                            }
                        }
                    }
                    return n;
                })
                .list();
        Set<Key> keys = new java.util.TreeSet<>(java.util.Comparator.comparingInt(Key::year).thenComparingInt(Key::week)
                .thenComparing(k -> k.area() == null ? "" : k.area().toString()));
        keys.addAll(reporters.keySet());
        keys.addAll(nils.keySet());
        return keys.stream().map(k -> new ReporterCoverage(k.area() == null ? null : new AreaId(k.area()), k.year(), k.week(),
                reporters.getOrDefault(k, Set.of()).size(), nils.getOrDefault(k, 0))).toList();
    }

    @Transactional(readOnly = true)
    public List<AreaWeekStatus> consensusStatuses(WorkspaceId workspace, List<AreaStatusService.Level> scale,
            LocalDate firstDay, LocalDate lastDay) {
        Map<Integer, AreaStatusService.Level> levels = scale.stream()
                .collect(Collectors.toMap(AreaStatusService.Level::level, l -> l, (a, b) -> a));
        return jdbc.sql("""
                select area_id, iso_year, iso_week, level, trend from incident.area_status
                where workspace_id = :ws and organisation_key = :consensus and iso_year >= :y0 and iso_year <= :y1
                order by iso_year, iso_week, area_id
                """)
                .param("ws", workspace.value()).param("consensus", AreaStatusService.CONSENSUS)
                .param("y0", isoYear(firstDay)).param("y1", isoYear(lastDay))
                .query((rs, n) -> {
                    var level = levels.get(rs.getInt(4));
                    return new AreaWeekStatus(new AreaId(rs.getObject(1, UUID.class)), rs.getInt(2), rs.getInt(3),
                            rs.getInt(4), level == null ? String.valueOf(rs.getInt(4)) : level.label(),
                            level == null ? "#6b6b6b" : level.colour(), rs.getString(5));
                })
                .list()
                .stream()
                .filter(s -> weekWithin(s.isoYear(), s.isoWeek(), firstDay, lastDay))
                .toList();
    }

    private static String where(ObservationQuery query) {
        var where = new StringBuilder("""
                where r.workspace_id = :ws and r.status in (:statuses)
                  and r.occurred_start < :to and r.occurred_end >= :from
                """);
        if (!query.areas().isEmpty()) {
            where.append(" and exists (select 1 from incident.report_area fa where fa.report_id = r.id and fa.area_id in (:areas))");
        }
        if (!query.categoryCodes().isEmpty()) {
            where.append("""
                     and exists (select 1 from incident.report_category fc join incident.category fcat on fcat.id = fc.category_id
                                 where fc.report_id = r.id and fcat.code in (:codes))
                    """);
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, ObservationQuery query, List<String> statuses) {
        spec = spec.param("ws", query.workspace().value()).param("statuses", statuses)
                .param("from", Timestamp.from(query.from())).param("to", Timestamp.from(query.to()));
        if (!query.areas().isEmpty()) {
            spec = spec.param("areas", query.areas().stream().map(AreaId::value).toList());
        }
        if (!query.categoryCodes().isEmpty()) {
            spec = spec.param("codes", List.copyOf(query.categoryCodes()));
        }
        return spec;
    }

    private static boolean weekWithin(int year, int week, LocalDate firstDay, LocalDate lastDay) {
        LocalDate monday;
        try {
            monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.DayOfWeek.MONDAY);
        } catch (java.time.DateTimeException e) {
            return false;
        }
        return !monday.plusDays(6).isBefore(firstDay) && !monday.isAfter(lastDay);
    }

    private static int isoYear(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR);
    }

    private static int isoWeek(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static @Nullable Double nullableDouble(@Nullable Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    private static @Nullable Long nullableLong(@Nullable Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
