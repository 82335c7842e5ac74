package se.samsyn.statistics.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.geo.AreaId;
import se.samsyn.statistics.AreaLevel;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.NewSeries;
import se.samsyn.statistics.SeriesId;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesSummary;
import se.samsyn.statistics.SeriesValue;
import se.samsyn.statistics.Source;
import se.samsyn.shared.WorkspaceId;

@Repository
class SeriesRepository {

    record ValueRow(SeriesId series, LocalDate periodStart, double value, @Nullable Double denominator, boolean preliminary) {}

    private static final String COLUMNS = """
            s.id, s.workspace_id, s.source, s.category_code, s.category_label, s.measure, s.unit, s.granularity, s.area_level,
            s.municipality_code, s.area_id, s.area_name, s.lower_is_better,
            (select count(*) from statistics.series_value v where v.series_id = s.id) as value_count""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SeriesRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Map<String, SeriesId> keys(WorkspaceId workspace) {
        var keys = new HashMap<String, SeriesId>();
        jdbc.sql("select series_key, id from statistics.series where workspace_id = :ws")
                .param("ws", workspace.value())
                .query(rs -> {
                    keys.put(rs.getString(1), new SeriesId(rs.getObject(2, UUID.class)));
                });
        return keys;
    }

    SeriesId insert(WorkspaceId workspace, NewSeries s) {
        var id = new SeriesId(UUID.randomUUID());
        jdbc.sql("""
                insert into statistics.series (id, workspace_id, series_key, source, category_code, category_label, measure,
                    unit, granularity, area_level, municipality_code, area_id, area_name, lower_is_better, created_at)
                values (:id, :ws, :key, :source, :code, :label, :measure, :unit, :gran, :level, :muni, :area, :areaName,
                    :lower, :now)
                """)
                .param("id", id.value())
                .param("ws", workspace.value())
                .param("key", s.key())
                .param("source", s.source().name())
                .param("code", s.categoryCode())
                .param("label", s.categoryLabel())
                .param("measure", s.measure().name())
                .param("unit", s.unit())
                .param("gran", s.granularity().name())
                .param("level", s.areaLevel().name())
                .param("muni", s.municipalityCode())
                .param("area", s.areaId() == null ? null : s.areaId().value())
                .param("areaName", s.areaName())
                .param("lower", s.lowerIsBetter())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** Deletes the values of these series in these periods; returns how many there were. */
    int deleteValues(List<ValueRow> rows) {
        int[][] counts = batch.batchUpdate("delete from statistics.series_value where series_id = ? and period_start = ?",
                rows, 1000, (ps, r) -> {
                    ps.setObject(1, r.series().value());
                    ps.setDate(2, Date.valueOf(r.periodStart()));
                });
        return sum(counts);
    }

    /** Deletes every value of a source in the workspace for these periods (a police file replaces whole months). */
    int deletePeriods(WorkspaceId workspace, Source source, Granularity granularity, Set<LocalDate> periods) {
        int deleted = 0;
        for (LocalDate period : periods) {
            deleted += jdbc.sql("""
                    delete from statistics.series_value where period_start = :p and series_id in
                        (select id from statistics.series where workspace_id = :ws and source = :source and granularity = :g)
                    """)
                    .param("p", Date.valueOf(period))
                    .param("ws", workspace.value())
                    .param("source", source.name())
                    .param("g", granularity.name())
                    .update();
        }
        return deleted;
    }

    void insertValues(List<ValueRow> rows, UUID importId) {
        batch.batchUpdate("""
                insert into statistics.series_value (series_id, period_start, amount, denominator, preliminary, import_id)
                values (?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, r) -> {
            ps.setObject(1, r.series().value());
            ps.setDate(2, Date.valueOf(r.periodStart()));
            ps.setDouble(3, r.value());
            if (r.denominator() == null) {
                ps.setNull(4, java.sql.Types.DOUBLE);
            } else {
                ps.setDouble(4, r.denominator());
            }
            ps.setBoolean(5, r.preliminary());
            ps.setObject(6, importId);
        });
    }

    List<SeriesSummary> find(WorkspaceId workspace, SeriesQuery q, @Nullable Set<String> categoryCodes) {
        var sql = new StringBuilder("select " + COLUMNS + " from statistics.series s where s.workspace_id = :ws");
        var params = new HashMap<String, Object>();
        params.put("ws", workspace.value());
        if (q.source() != null) {
            sql.append(" and s.source = :source");
            params.put("source", q.source().name());
        }
        if (q.areaId() != null) {
            sql.append(" and s.area_id = :area");
            params.put("area", q.areaId().value());
        }
        if (q.areaName() != null) {
            sql.append(" and lower(s.area_name) = :areaName");
            params.put("areaName", q.areaName().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.areaLevel() != null) {
            sql.append(" and s.area_level = :level");
            params.put("level", q.areaLevel().name());
        }
        if (categoryCodes != null) {
            if (categoryCodes.isEmpty()) {
                return List.of();
            }
            sql.append(" and s.category_code in (:codes)");
            params.put("codes", List.copyOf(categoryCodes));
        }
        if (q.measure() != null) {
            sql.append(" and s.measure = :measure");
            params.put("measure", q.measure().name());
        }
        if (q.granularity() != null) {
            sql.append(" and s.granularity = :gran");
            params.put("gran", q.granularity().name());
        }
        sql.append(" order by s.source, s.category_label, s.area_level, s.area_name, s.measure, s.granularity");
        return jdbc.sql(sql.toString()).params(params).query(SeriesRepository::summary).list();
    }

    Optional<SeriesSummary> find(SeriesId id) {
        return jdbc.sql("select " + COLUMNS + " from statistics.series s where s.id = :id")
                .param("id", id.value())
                .query(SeriesRepository::summary)
                .optional();
    }

    List<SeriesValue> values(List<SeriesId> series, Map<SeriesId, Granularity> granularities, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        if (series.isEmpty()) {
            return List.of();
        }
        var result = new ArrayList<SeriesValue>();
        for (int i = 0; i < series.size(); i += 500) {
            var chunk = series.subList(i, Math.min(series.size(), i + 500));
            jdbc.sql("select series_id, period_start, amount, denominator, preliminary from statistics.series_value"
                            + " where series_id in (:ids)"
                            + (from == null ? "" : " and period_start >= :from")
                            + (to == null ? "" : " and period_start <= :to")
                            + " order by series_id, period_start")
                    .param("ids", chunk.stream().map(SeriesId::value).toList())
                    .param("from", from == null ? null : Date.valueOf(from))
                    .param("to", to == null ? null : Date.valueOf(to))
                    .query(rs -> {
                        var id = new SeriesId(rs.getObject(1, UUID.class));
                        var start = rs.getDate(2).toLocalDate();
                        double denominator = rs.getDouble(4);
                        Double d = rs.wasNull() ? null : denominator;
                        result.add(new SeriesValue(id, start, granularities.get(id).label(start), rs.getDouble(3), d,
                                rs.getBoolean(5)));
                    });
        }
        return result;
    }

    private static int sum(int[][] counts) {
        int total = 0;
        for (int[] chunk : counts) {
            for (int c : chunk) {
                total += Math.max(c, 0);
            }
        }
        return total;
    }

    private static SeriesSummary summary(ResultSet rs, int row) throws SQLException {
        UUID area = rs.getObject("area_id", UUID.class);
        return new SeriesSummary(
                new SeriesId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                Source.valueOf(rs.getString("source")),
                rs.getString("category_code"),
                rs.getString("category_label"),
                Measure.valueOf(rs.getString("measure")),
                rs.getString("unit"),
                Granularity.valueOf(rs.getString("granularity")),
                AreaLevel.valueOf(rs.getString("area_level")),
                rs.getString("municipality_code"),
                area == null ? null : new AreaId(area),
                rs.getString("area_name"),
                rs.getBoolean("lower_is_better"),
                rs.getInt("value_count"));
    }
}
