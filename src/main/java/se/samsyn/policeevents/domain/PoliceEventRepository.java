package se.samsyn.policeevents.domain;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.policeevents.GpsPrecision;
import se.samsyn.policeevents.PoliceEvent;
import se.samsyn.policeevents.TypeCount;

@Repository
class PoliceEventRepository {

    private static final String COLUMNS =
            "id, published_at, name, summary, url, type, location_name, lat, lon, gps_precision, municipality_code";

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PoliceEventRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Map<Long, Known> known() {
        var result = new HashMap<Long, Known>();
        jdbc.sql("select id, content_hash, published_at from policeevents.event")
                .query(rs -> {
                    result.put(rs.getLong(1), new Known(rs.getString(2), rs.getTimestamp(3).toInstant()));
                });
        return result;
    }

    void insert(Collection<Hashed> events, Instant now) {
        if (events.isEmpty()) {
            return;
        }
        batch.batchUpdate("insert into policeevents.event (" + COLUMNS + ", content_hash, imported_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events.stream().map(h -> {
                    var args = values(h.event());
                    args.add(h.hash());
                    args.add(Timestamp.from(now));
                    return args.toArray();
                }).toList());
    }

    void update(Collection<Hashed> events, Instant now) {
        if (events.isEmpty()) {
            return;
        }
        batch.batchUpdate("update policeevents.event set published_at = ?, name = ?, summary = ?, url = ?, type = ?, "
                + "location_name = ?, lat = ?, lon = ?, gps_precision = ?, municipality_code = ?, content_hash = ?, "
                + "imported_at = ? where id = ?", events.stream().map(h -> {
                    var args = values(h.event());
                    args.remove(0);
                    args.add(h.hash());
                    args.add(Timestamp.from(now));
                    args.add(h.event().id());
                    return args.toArray();
                }).toList());
    }

    List<PoliceEvent> list(String municipalityCode, Instant from, Instant to, @Nullable String type, int limit) {
        var sql = new StringBuilder("select " + COLUMNS + " from policeevents.event "
                + "where municipality_code = :code and published_at >= :from and published_at < :to");
        if (type != null) {
            sql.append(" and type = :type");
        }
        sql.append(" order by published_at desc, id desc limit ").append(limit);
        var spec = jdbc.sql(sql.toString()).param("code", municipalityCode)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
        if (type != null) {
            spec = spec.param("type", type);
        }
        return spec.query((rs, n) -> new PoliceEvent(rs.getLong("id"),
                OffsetDateTime.ofInstant(rs.getTimestamp("published_at").toInstant(), SWEDEN), rs.getString("name"),
                rs.getString("summary"), rs.getString("url"), rs.getString("type"), rs.getString("location_name"),
                rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
                GpsPrecision.valueOf(rs.getString("gps_precision")), rs.getString("municipality_code"))).list();
    }

    List<TypeCount> countByType(String municipalityCode, Instant from, Instant to) {
        return jdbc.sql("""
                select type, count(*) as n from policeevents.event
                where municipality_code = :code and published_at >= :from and published_at < :to
                group by type order by n desc, type
                """).param("code", municipalityCode).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new TypeCount(rs.getString("type"), rs.getLong("n"))).list();
    }

    long count() {
        return jdbc.sql("select count(*) from policeevents.event").query(Long.class).single();
    }

    private static List<Object> values(PoliceEvent e) {
        var args = new ArrayList<Object>();
        args.add(e.id());
        args.add(Timestamp.from(e.publishedAt().toInstant()));
        args.add(e.name());
        args.add(e.summary());
        args.add(e.url());
        args.add(e.type());
        args.add(e.locationName());
        args.add(e.lat() == null ? new org.springframework.jdbc.core.SqlParameterValue(Types.DOUBLE, null) : e.lat());
        args.add(e.lon() == null ? new org.springframework.jdbc.core.SqlParameterValue(Types.DOUBLE, null) : e.lon());
        args.add(e.precision().name());
        args.add(e.municipalityCode() == null
                ? new org.springframework.jdbc.core.SqlParameterValue(Types.VARCHAR, null) : e.municipalityCode());
        return args;
    }

    record Hashed(PoliceEvent event, String hash) {

        Known known() {
            return new Known(hash, event.publishedAt().toInstant());
        }
    }

    record Known(String hash, Instant publishedAt) {}
}
