package se.samsyn.statistics.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.Measure;

@Repository
class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID programme(WorkspaceId ws, String name) {
        var existing = jdbc.sql("select id from statistics.survey_programme where workspace_id = :ws and name = :name")
                .param("ws", ws.value()).param("name", name).query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into statistics.survey_programme (id, workspace_id, name, created_at) values (:id, :ws, :name, :now)")
                .param("id", id).param("ws", ws.value()).param("name", name).param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    UUID round(WorkspaceId ws, UUID programme, @Nullable Integer year) {
        var existing = jdbc.sql("select id from statistics.survey_round where programme_id = :p and "
                        + (year == null ? "survey_year is null" : "survey_year = :y"))
                .param("p", programme).param("y", year == null ? 0 : year).query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into statistics.survey_round (id, workspace_id, programme_id, survey_year, created_at)
                values (:id, :ws, :p, :y, :now)""")
                .param("id", id).param("ws", ws.value()).param("p", programme).param("y", year)
                .param("now", Timestamp.from(Instant.now())).update();
        return id;
    }

    void roundFacts(UUID round, @Nullable Integer sample, @Nullable Integer responses, @Nullable Double responseRate) {
        jdbc.sql("""
                update statistics.survey_round set sample_size = coalesce(:s, sample_size), responses = coalesce(:r, responses),
                    response_rate = coalesce(:rate, response_rate) where id = :id""")
                .param("id", round).param("s", sample).param("r", responses).param("rate", responseRate).update();
    }

    void updateRound(WorkspaceId ws, UUID round, @Nullable LocalDate fieldStart, @Nullable LocalDate fieldEnd,
            @Nullable Integer sample, @Nullable Integer responses, @Nullable Double responseRate) {
        jdbc.sql("""
                update statistics.survey_round set field_start = :fs, field_end = :fe, sample_size = :s, responses = :r,
                    response_rate = :rate where id = :id and workspace_id = :ws""")
                .param("id", round).param("ws", ws.value())
                .param("fs", fieldStart == null ? null : Date.valueOf(fieldStart))
                .param("fe", fieldEnd == null ? null : Date.valueOf(fieldEnd))
                .param("s", sample).param("r", responses).param("rate", responseRate).update();
    }

    void costShare(WorkspaceId ws, UUID round, String party, double percent) {
        jdbc.sql("delete from statistics.survey_cost_share where round_id = :r and party = :p and round_id in"
                        + " (select id from statistics.survey_round where workspace_id = :ws)")
                .param("r", round).param("p", party).param("ws", ws.value()).update();
        jdbc.sql("insert into statistics.survey_cost_share (round_id, party, share_percent) values (:r, :p, :s)")
                .param("r", round).param("p", party).param("s", percent).update();
    }

    UUID indicator(WorkspaceId ws, String code, String label, Measure measure, boolean lowerIsBetter) {
        var existing = jdbc.sql("select id from statistics.survey_indicator where workspace_id = :ws and code = :code")
                .param("ws", ws.value()).param("code", code).query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into statistics.survey_indicator (id, workspace_id, code, label, measure, lower_is_better)
                values (:id, :ws, :code, :label, :m, :lower)""")
                .param("id", id).param("ws", ws.value()).param("code", code).param("label", label)
                .param("m", measure.name()).param("lower", lowerIsBetter).update();
        return id;
    }

    void result(WorkspaceId ws, UUID round, UUID indicator, String area, String level, double value,
            @Nullable String url, @Nullable String quote, UUID importId) {
        jdbc.sql("""
                insert into statistics.survey_result (id, workspace_id, round_id, indicator_id, area_name, area_level, amount,
                    source_url, quote, import_id) values (:id, :ws, :r, :i, :a, :l, :v, :u, :q, :imp)""")
                .param("id", UUID.randomUUID()).param("ws", ws.value()).param("r", round).param("i", indicator)
                .param("a", area).param("l", level).param("v", value).param("u", url).param("q", quote)
                .param("imp", importId).update();
    }

    void area(WorkspaceId ws, UUID programme, String name, @Nullable String url, UUID importId) {
        jdbc.sql("""
                insert into statistics.survey_area (id, workspace_id, programme_id, name, source_url, import_id)
                values (:id, :ws, :p, :n, :u, :imp)""")
                .param("id", UUID.randomUUID()).param("ws", ws.value()).param("p", programme).param("n", name)
                .param("u", url).param("imp", importId).update();
    }

List<SurveyRound> rounds(WorkspaceId ws) {
        return jdbc.sql("""
                select r.id, p.name, r.survey_year, r.field_start, r.field_end, r.sample_size, r.responses, r.response_rate,
                    (select count(*) from statistics.survey_result x where x.round_id = r.id) as results
                from statistics.survey_round r join statistics.survey_programme p on p.id = r.programme_id
                where r.workspace_id = :ws order by p.name, r.survey_year""")
                .param("ws", ws.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    int year = rs.getInt(3);
                    Integer y = rs.wasNull() ? null : year;
                    int sample = rs.getInt(6);
                    Integer s = rs.wasNull() ? null : sample;
                    int responses = rs.getInt(7);
                    Integer r = rs.wasNull() ? null : responses;
                    double rate = rs.getDouble(8);
                    Double rr = rs.wasNull() ? null : rate;
                    return new SurveyRound(id, rs.getString(2), y,
                            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                            rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), s, r, rr, "", rs.getInt(9));
                })
                .list().stream()
                .map(v -> new SurveyRound(v.id(), v.programme(), v.year(), v.fieldStart(), v.fieldEnd(), v.sample(),
                        v.responses(), v.responseRate(), shares(v.id()), v.results()))
                .toList();
    }

    private String shares(UUID round) {
        return String.join(", ", jdbc.sql("select party, share_percent from statistics.survey_cost_share where round_id = :r"
                        + " order by party")
                .param("r", round).query((rs, n) -> rs.getString(1) + " " + fmt(rs.getDouble(2)) + " %").list());
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d).replace('.', ',');
    }
}
