package se.samsyn.actionplan.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.actionplan.AnalysisMethod;
import se.samsyn.actionplan.Cause;
import se.samsyn.actionplan.CauseAnalysis;
import se.samsyn.actionplan.Confidence;
import se.samsyn.actionplan.FollowUp;
import se.samsyn.actionplan.Goal;
import se.samsyn.actionplan.GoalKind;
import se.samsyn.actionplan.Horizon;
import se.samsyn.actionplan.Measure;
import se.samsyn.actionplan.MeasureKind;
import se.samsyn.actionplan.Perspective;
import se.samsyn.actionplan.ActionPlan;
import se.samsyn.actionplan.PlanChange;
import se.samsyn.actionplan.FocusArea;
import se.samsyn.actionplan.StatusScale;
import se.samsyn.actionplan.SteeringDocument;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.WorkspaceId;

/** Every table of the actionplan schema; each read is scoped by workspace. */
@Repository
class ActionPlanRepository {

    private final JdbcClient jdbc;

    ActionPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- problems

    void insertProblem(UUID id, WorkspaceId ws, String title, @Nullable String description, LocalDate from, LocalDate to,
            int priority, List<UUID> areas, @Nullable UUID situation, @Nullable String situationText,
            List<SteeringDocument> documents) {
        jdbc.sql("""
                insert into actionplan.problem (id, workspace_id, title, description, period_from, period_to, priority,
                    source_situation_id, source_situation, created_at)
                values (:id, :ws, :title, :description, :from, :to, :priority, :situation, :situationText, :now)""")
                .param("id", id).param("ws", ws.value()).param("title", title).param("description", description)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("priority", priority)
                .param("situation", situation).param("situationText", situationText).param("now", Timestamp.from(Instant.now())).update();
        for (UUID area : areas) {
            jdbc.sql("insert into actionplan.problem_area (problem_id, area_id) values (:p, :a)")
                    .param("p", id).param("a", area).update();
        }
        for (SteeringDocument d : documents) {
            jdbc.sql("insert into actionplan.steering_document (id, problem_id, title, url) values (:id, :p, :t, :u)")
                    .param("id", UUID.randomUUID()).param("p", id).param("t", d.title()).param("u", d.url()).update();
        }
    }

    List<FocusArea> problems(WorkspaceId ws) {
        return jdbc.sql("select * from actionplan.problem where workspace_id = :ws order by period_from desc, priority, title")
                .param("ws", ws.value()).query((rs, n) -> problem(rs)).list();
    }

    Optional<FocusArea> problem(WorkspaceId ws, UUID id) {
        return jdbc.sql("select * from actionplan.problem where workspace_id = :ws and id = :id")
                .param("ws", ws.value()).param("id", id).query((rs, n) -> problem(rs)).optional();
    }

    private FocusArea problem(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<UUID> areas = jdbc.sql("select area_id from actionplan.problem_area where problem_id = :p order by area_id")
                .param("p", id).query(UUID.class).list();
        List<SteeringDocument> docs = jdbc.sql("select title, url from actionplan.steering_document where problem_id = :p order by title")
                .param("p", id).query((r, n) -> new SteeringDocument(r.getString("title"), r.getString("url"))).list();
        return new FocusArea(id, new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("title"),
                rs.getString("description"), rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                rs.getInt("priority"), areas, rs.getObject("source_situation_id", UUID.class), rs.getString("source_situation"),
                docs);
    }

    // ---- cause analysis

    void saveAnalysis(WorkspaceId ws, UUID problem, AnalysisMethod method, @Nullable String place, @Nullable String victim,
            @Nullable String offender, @Nullable String participants, @Nullable LocalDate on) {
        jdbc.sql("delete from actionplan.cause_analysis where problem_id = :p and workspace_id = :ws")
                .param("p", problem).param("ws", ws.value()).update();
        jdbc.sql("""
                insert into actionplan.cause_analysis (problem_id, workspace_id, method, place, victim, offender,
                    participants, analysed_on)
                values (:p, :ws, :m, :place, :victim, :offender, :participants, :on)""")
                .param("p", problem).param("ws", ws.value()).param("m", method.name()).param("place", place)
                .param("victim", victim).param("offender", offender).param("participants", participants)
                .param("on", on == null ? null : Date.valueOf(on)).update();
    }

    Optional<CauseAnalysis> analysis(WorkspaceId ws, UUID problem) {
        var causes = causes(ws, problem);
        return jdbc.sql("select * from actionplan.cause_analysis where problem_id = :p and workspace_id = :ws")
                .param("p", problem).param("ws", ws.value())
                .query((rs, n) -> new CauseAnalysis(problem, AnalysisMethod.valueOf(rs.getString("method")),
                        rs.getString("place"), rs.getString("victim"), rs.getString("offender"),
                        rs.getString("participants"), localDate(rs, "analysed_on"), causes))
                .optional();
    }

    int nextCauseNumber(UUID problem) {
        Integer max = jdbc.sql("select max(number) from actionplan.cause where problem_id = :p").param("p", problem)
                .query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    void insertCause(WorkspaceId ws, UUID id, UUID problem, int number, Perspective perspective, String description,
            @Nullable String evidence, Confidence confidence) {
        jdbc.sql("""
                insert into actionplan.cause (id, workspace_id, problem_id, number, perspective, description, evidence, confidence)
                values (:id, :ws, :p, :n, :perspective, :d, :e, :c)""")
                .param("id", id).param("ws", ws.value()).param("p", problem).param("n", number)
                .param("perspective", perspective.name()).param("d", description).param("e", evidence)
                .param("c", confidence.name()).update();
    }

    List<Cause> causes(WorkspaceId ws, UUID problem) {
        return jdbc.sql("select * from actionplan.cause where workspace_id = :ws and problem_id = :p order by number")
                .param("ws", ws.value()).param("p", problem).query((rs, n) -> cause(rs)).list();
    }

    List<Cause> allCauses(WorkspaceId ws) {
        return jdbc.sql("select * from actionplan.cause where workspace_id = :ws order by problem_id, number")
                .param("ws", ws.value()).query((rs, n) -> cause(rs)).list();
    }

    private static Cause cause(ResultSet rs) throws SQLException {
        return new Cause(rs.getObject("id", UUID.class), rs.getObject("problem_id", UUID.class), rs.getInt("number"),
                Perspective.valueOf(rs.getString("perspective")), rs.getString("description"), rs.getString("evidence"),
                Confidence.valueOf(rs.getString("confidence")));
    }

    // ---- plans

    void insertPlan(UUID id, WorkspaceId ws, String title, LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into actionplan.plan (id, workspace_id, title, period_from, period_to, version, revision, created_at)
                values (:id, :ws, :title, :from, :to, 0, 0, :now)""")
                .param("id", id).param("ws", ws.value()).param("title", title).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to)).param("now", Timestamp.from(Instant.now())).update();
    }

    List<ActionPlan> plans(WorkspaceId ws) {
        return jdbc.sql("select * from actionplan.plan where workspace_id = :ws order by period_from desc, title")
                .param("ws", ws.value()).query((rs, n) -> plan(rs)).list();
    }

    Optional<ActionPlan> plan(WorkspaceId ws, UUID id) {
        return jdbc.sql("select * from actionplan.plan where workspace_id = :ws and id = :id")
                .param("ws", ws.value()).param("id", id).query((rs, n) -> plan(rs)).optional();
    }

    void markAdopted(UUID plan, int revision, String body, @Nullable UUID bodyId, LocalDate on, String paragraf) {
        jdbc.sql("""
                update actionplan.plan set revision = :r, adopted_by = :b, governance_body_id = :bid, adopted_on = :on,
                    paragraf = :p, version = version + 1 where id = :id""")
                .param("r", revision).param("b", body).param("bid", bodyId).param("on", Date.valueOf(on))
                .param("p", paragraf).param("id", plan).update();
    }

    private static ActionPlan plan(ResultSet rs) throws SQLException {
        return new ActionPlan(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("title"), rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                rs.getLong("version"), rs.getInt("revision"), rs.getString("adopted_by"), localDate(rs, "adopted_on"),
                rs.getString("paragraf"), rs.getObject("governance_body_id", UUID.class));
    }

    void snapshot(UUID plan, int revision, String content, String body, @Nullable UUID bodyId, LocalDate on,
            String paragraf) {
        jdbc.sql("""
                insert into actionplan.plan_snapshot (plan_id, revision, content, adopted_by, governance_body_id,
                    adopted_on, paragraf, created_at)
                values (:p, :r, :c, :b, :bid, :on, :para, :now)""")
                .param("p", plan).param("r", revision).param("c", content).param("b", body).param("bid", bodyId)
                .param("on", Date.valueOf(on)).param("para", paragraf).param("now", Timestamp.from(Instant.now()))
                .update();
    }

    Optional<String> snapshotContent(UUID plan, int revision) {
        return jdbc.sql("select content from actionplan.plan_snapshot where plan_id = :p and revision = :r")
                .param("p", plan).param("r", revision).query(String.class).optional();
    }

    List<se.samsyn.actionplan.Adoption> adoptions(UUID plan) {
        return jdbc.sql("select revision, adopted_by, adopted_on, paragraf from actionplan.plan_snapshot where plan_id = :p order by revision")
                .param("p", plan).query((rs, n) -> new se.samsyn.actionplan.Adoption(rs.getInt("revision"),
                        rs.getString("adopted_by"), rs.getDate("adopted_on").toLocalDate(), rs.getString("paragraf")))
                .list();
    }

    void change(UUID plan, UUID by, String what, @Nullable String reason) {
        jdbc.sql("""
                insert into actionplan.plan_change (id, plan_id, changed_at, changed_by, what, reason)
                values (:id, :p, :at, :by, :what, :reason)""")
                .param("id", UUID.randomUUID()).param("p", plan).param("at", Timestamp.from(Instant.now()))
                .param("by", by).param("what", what).param("reason", reason).update();
    }

    List<PlanChange> changes(UUID plan) {
        return jdbc.sql("select changed_at, what, reason from actionplan.plan_change where plan_id = :p order by changed_at, id")
                .param("p", plan).query((rs, n) -> new PlanChange(rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("what"), rs.getString("reason"))).list();
    }

    // ---- measures

    void insertMeasure(WorkspaceId ws, Measure m) {
        jdbc.sql("""
                insert into actionplan.measure (id, workspace_id, plan_id, title, kind, horizon, ordinary_work, partners,
                    start_date, due_date, sort_order, budget, financing, responsible_org, contact_name, contact_email,
                    affects_children, child_assessment, child_reason, version)
                values (:id, :ws, :plan, :title, :kind, :horizon, :ordinary, :partners, :start, :due, :order, :budget,
                    :financing, :org, :cname, :cemail, :children, :assessment, :reason, 0)""")
                .paramSource(measureParams(ws, m)).update();
        linkCauses(m.id(), m.causeIds());
    }

    /** Updates when the stored version is still {@code m.version()}; returns false when someone else saved first. */
    boolean updateMeasure(WorkspaceId ws, Measure m) {
        int rows = jdbc.sql("""
                update actionplan.measure set title = :title, kind = :kind, horizon = :horizon, ordinary_work = :ordinary,
                    partners = :partners, start_date = :start, due_date = :due, sort_order = :order, budget = :budget,
                    financing = :financing, responsible_org = :org, contact_name = :cname, contact_email = :cemail,
                    affects_children = :children, child_assessment = :assessment, child_reason = :reason,
                    version = version + 1
                where id = :id and workspace_id = :ws and version = :version""")
                .paramSource(measureParams(ws, m)).update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from actionplan.measure_cause where measure_id = :m").param("m", m.id()).update();
        linkCauses(m.id(), m.causeIds());
        return true;
    }

    private void linkCauses(UUID measure, List<UUID> causes) {
        for (UUID c : causes) {
            jdbc.sql("insert into actionplan.measure_cause (measure_id, cause_id) values (:m, :c)")
                    .param("m", measure).param("c", c).update();
        }
    }

    private static java.util.Map<String, Object> measureParams(WorkspaceId ws, Measure m) {
        var p = new java.util.HashMap<String, Object>();
        p.put("id", m.id());
        p.put("ws", ws.value());
        p.put("plan", m.planId());
        p.put("title", m.title());
        p.put("kind", m.kind().name());
        p.put("horizon", m.horizon().name());
        p.put("ordinary", m.ordinaryWork());
        p.put("partners", m.partners());
        p.put("start", Date.valueOf(m.start()));
        p.put("due", Date.valueOf(m.due()));
        p.put("order", m.order());
        p.put("budget", m.budget());
        p.put("financing", m.financing());
        p.put("org", m.responsible().value());
        p.put("cname", m.contactName());
        p.put("cemail", m.contactEmail());
        p.put("children", m.affectsChildren());
        p.put("assessment", m.childAssessment());
        p.put("reason", m.childReason());
        p.put("version", m.version());
        return p;
    }

    List<Measure> measures(WorkspaceId ws, UUID plan) {
        return jdbc.sql("select * from actionplan.measure where workspace_id = :ws and plan_id = :p order by sort_order, title")
                .param("ws", ws.value()).param("p", plan).query((rs, n) -> measure(rs)).list();
    }

    List<Measure> allMeasures(WorkspaceId ws) {
        return jdbc.sql("select * from actionplan.measure where workspace_id = :ws order by due_date, title")
                .param("ws", ws.value()).query((rs, n) -> measure(rs)).list();
    }

    Optional<Measure> measure(WorkspaceId ws, UUID id) {
        return jdbc.sql("select * from actionplan.measure where workspace_id = :ws and id = :id")
                .param("ws", ws.value()).param("id", id).query((rs, n) -> measure(rs)).optional();
    }

    private Measure measure(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<UUID> causes = jdbc.sql("""
                select c.id from actionplan.measure_cause mc join actionplan.cause c on c.id = mc.cause_id
                where mc.measure_id = :m order by c.number""").param("m", id).query(UUID.class).list();
        return new Measure(id, rs.getObject("plan_id", UUID.class), rs.getString("title"),
                MeasureKind.valueOf(rs.getString("kind")), Horizon.valueOf(rs.getString("horizon")),
                rs.getBoolean("ordinary_work"), rs.getString("partners"), rs.getDate("start_date").toLocalDate(),
                rs.getDate("due_date").toLocalDate(), rs.getInt("sort_order"), rs.getBigDecimal("budget"),
                rs.getString("financing"), new OrganisationId(rs.getObject("responsible_org", UUID.class)),
                rs.getString("contact_name"), rs.getString("contact_email"), rs.getBoolean("affects_children"),
                rs.getString("child_assessment"), rs.getString("child_reason"), causes, rs.getLong("version"));
    }

    // ---- goals

    void insertGoal(WorkspaceId ws, Goal g) {
        jdbc.sql("""
                insert into actionplan.goal (id, workspace_id, plan_id, measure_id, kind, text, series_id, est_category,
                    est_area_id, baseline_from, baseline_to, target_change_percent, target_value, target_date)
                values (:id, :ws, :plan, :measure, :kind, :text, :series, :est, :estArea, :bf, :bt, :pct, :value, :td)""")
                .param("id", g.id()).param("ws", ws.value()).param("plan", g.planId()).param("measure", g.measureId())
                .param("kind", g.kind().name()).param("text", g.text()).param("series", g.seriesId())
                .param("est", g.estCategory()).param("estArea", g.estAreaId())
                .param("bf", date(g.baselineFrom())).param("bt", date(g.baselineTo()))
                .param("pct", g.targetChangePercent()).param("value", g.targetValue()).param("td", date(g.targetDate()))
                .update();
    }

    List<Goal> goals(WorkspaceId ws, UUID plan) {
        return jdbc.sql("select * from actionplan.goal where workspace_id = :ws and plan_id = :p order by kind, text")
                .param("ws", ws.value()).param("p", plan)
                .query((rs, n) -> new Goal(rs.getObject("id", UUID.class), plan, rs.getObject("measure_id", UUID.class),
                        GoalKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getObject("series_id", UUID.class),
                        rs.getString("est_category"), rs.getObject("est_area_id", UUID.class),
                        localDate(rs, "baseline_from"), localDate(rs, "baseline_to"),
                        (Double) rs.getObject("target_change_percent", Double.class),
                        (Double) rs.getObject("target_value", Double.class), localDate(rs, "target_date")))
                .list();
    }

    // ---- follow-up

    void insertFollowUp(WorkspaceId ws, FollowUp f, UUID by) {
        jdbc.sql("""
                insert into actionplan.follow_up (id, workspace_id, measure_id, reported_on, status, narrative,
                    reported_by, created_at)
                values (:id, :ws, :m, :on, :s, :n, :by, :now)""")
                .param("id", f.id()).param("ws", ws.value()).param("m", f.measureId())
                .param("on", Date.valueOf(f.reportedOn())).param("s", f.status()).param("n", f.narrative())
                .param("by", by).param("now", Timestamp.from(Instant.now())).update();
    }

    List<FollowUp> followUps(WorkspaceId ws, UUID measure) {
        return jdbc.sql("""
                select * from actionplan.follow_up where workspace_id = :ws and measure_id = :m
                order by reported_on desc, created_at desc""")
                .param("ws", ws.value()).param("m", measure)
                .query((rs, n) -> new FollowUp(rs.getObject("id", UUID.class), measure,
                        rs.getDate("reported_on").toLocalDate(), rs.getString("status"), rs.getString("narrative")))
                .list();
    }

    StatusScale scale(WorkspaceId ws) {
        return jdbc.sql("select status_scale from actionplan.settings where workspace_id = :ws").param("ws", ws.value())
                .query(String.class).optional().map(StatusScale::valueOf).orElse(StatusScale.TRAFFIC_LIGHT);
    }

    void saveScale(WorkspaceId ws, StatusScale scale) {
        jdbc.sql("""
                merge into actionplan.settings s using (select cast(:ws as uuid) as workspace_id) v
                on s.workspace_id = v.workspace_id
                when matched then update set status_scale = :scale
                when not matched then insert (workspace_id, status_scale) values (v.workspace_id, :scale)""")
                .param("ws", ws.value()).param("scale", scale.name()).update();
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
