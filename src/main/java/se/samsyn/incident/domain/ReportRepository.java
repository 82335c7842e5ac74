package se.samsyn.incident.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.shared.GeoPoint;
import se.samsyn.shared.WorkspaceId;

@Repository
class ReportRepository {

    record NewReport(UUID id, String reference, WorkspaceId workspace, UUID submissionId, UUID reporterId,
            Instant submittedAt, @Nullable GeoPoint point, @Nullable Long h3r7, @Nullable Long h3r9,
            @Nullable String placeText, @Nullable String originalPlaceText, PlaceType placeType, Occurrence occurrence,
            String description, @Nullable String originalDescription, Assessment assessment,
            @Nullable Integer personsCount, @Nullable AgeGroup ageGroup, PoliceNotified policeNotified,
            Set<OtherParty> others, List<PersonalDataScreen.Kind> personalDataKinds, List<CategoryView> categories,
            List<UUID> areaIds) {}

    record Originals(@Nullable String description, @Nullable String placeText) {}

    /** A report with a map point and the areas stored for it. */
    record PinnedReport(UUID id, double lat, double lon, Set<UUID> areaIds) {}

    private static final String ROW_COLUMNS = """
            r.id, r.reference, r.reporter_id, r.submitted_at, r.status, r.occurred_start, r.time_accuracy, r.place_text,
            r.lat, r.lon, r.description, r.personal_data_kinds, r.problem_id
            """;

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> submissionByKey(WorkspaceId workspace, UUID reporter, String key) {
        return jdbc.sql("select id from incident.submission where workspace_id = :ws and reporter_id = :r and submission_key = :k")
                .param("ws", workspace.value()).param("r", reporter).param("k", key)
                .query(UUID.class).optional();
    }

    void insertSubmission(UUID id, WorkspaceId workspace, UUID reporter, String key, String channel, Instant at) {
        jdbc.sql("""
                insert into incident.submission (id, workspace_id, reporter_id, submission_key, channel, submitted_at)
                values (:id, :ws, :r, :k, :channel, :at)
                """)
                .param("id", id).param("ws", workspace.value()).param("r", reporter).param("k", key)
                .param("channel", channel).param("at", Timestamp.from(at))
                .update();
    }

    List<UUID> reportsOfSubmission(UUID submission) {
        return jdbc.sql("select id from incident.report where submission_id = :s order by reference")
                .param("s", submission).query(UUID.class).list();
    }

    long nextNumber() {
        return jdbc.sql("select nextval('incident.report_number_seq')").query(Long.class).single();
    }

    void insert(NewReport r) {
        var p = r.point();
        jdbc.sql("""
                insert into incident.report (id, reference, workspace_id, submission_id, reporter_id, submitted_at, status,
                    lat, lon, sweref_e, sweref_n, h3_r7, h3_r9, place_text, place_type, occurred_start, occurred_end,
                    time_accuracy, description, assessment, persons_count, age_group, police_notified, others_notified,
                    original_description, original_place_text, personal_data_kinds, updated_at, version)
                values (:id, :ref, :ws, :sub, :reporter, :at, 'SUBMITTED', :lat, :lon, :e, :n, :h3r7, :h3r9, :place,
                    :placeType, :start, :end, :accuracy, :description, :assessment, :persons, :age, :police, :others,
                    :origDescription, :origPlace, :kinds, :at, 0)
                """)
                .param("id", r.id()).param("ref", r.reference()).param("ws", r.workspace().value())
                .param("sub", r.submissionId()).param("reporter", r.reporterId())
                .param("at", Timestamp.from(r.submittedAt()))
                .param("lat", p == null ? null : p.lat()).param("lon", p == null ? null : p.lon())
                .param("e", p == null ? null : p.swerefE()).param("n", p == null ? null : p.swerefN())
                .param("h3r7", r.h3r7()).param("h3r9", r.h3r9())
                .param("place", r.placeText()).param("placeType", r.placeType().name())
                .param("start", Timestamp.from(r.occurrence().start())).param("end", Timestamp.from(r.occurrence().end()))
                .param("accuracy", r.occurrence().accuracy().name())
                .param("description", r.description()).param("assessment", r.assessment().name())
                .param("persons", r.personsCount()).param("age", r.ageGroup() == null ? null : r.ageGroup().name())
                .param("police", r.policeNotified().name())
                .param("others", r.others().isEmpty() ? null
                        : r.others().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("origDescription", r.originalDescription()).param("origPlace", r.originalPlaceText())
                .param("kinds", r.personalDataKinds().isEmpty() ? null
                        : r.personalDataKinds().stream().map(Enum::name).distinct().collect(Collectors.joining(",")))
                .update();
        replaceCategories(r.id(), r.categories());
        replaceAreas(r.id(), r.areaIds());
    }

    void replaceAreas(UUID report, Collection<UUID> areaIds) {
        jdbc.sql("delete from incident.report_area where report_id = :r").param("r", report).update();
        for (UUID area : areaIds) {
            jdbc.sql("insert into incident.report_area (report_id, area_id) values (:r, :a)")
                    .param("r", report).param("a", area).update();
        }
    }

    List<PinnedReport> pinned(WorkspaceId workspace) {
        Map<UUID, Set<UUID>> areas = new HashMap<>();
        jdbc.sql("""
                select a.report_id, a.area_id from incident.report_area a join incident.report r on r.id = a.report_id
                where r.workspace_id = :ws
                """)
                .param("ws", workspace.value())
                .query((rs, n) -> areas.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return jdbc.sql("select id, lat, lon from incident.report where workspace_id = :ws and lat is not null and lon is not null")
                .param("ws", workspace.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new PinnedReport(id, rs.getDouble(2), rs.getDouble(3), areas.getOrDefault(id, Set.of()));
                })
                .list();
    }

    void insertPhoto(UUID report, PhotoSanitizer.CleanPhoto photo) {
        jdbc.sql("""
                insert into incident.photo (id, report_id, content_type, width, height, size_bytes, data, created_at)
                values (:id, :r, :type, :w, :h, :size, :data, :at)
                """)
                .param("id", UUID.randomUUID()).param("r", report).param("type", photo.contentType())
                .param("w", photo.width()).param("h", photo.height()).param("size", photo.data().length)
                .param("data", photo.data()).param("at", Timestamp.from(Instant.now()))
                .update();
    }

    List<UUID> photoIds(UUID report) {
        return jdbc.sql("select id from incident.photo where report_id = :r order by created_at, id").param("r", report)
                .query(UUID.class).list();
    }

    Optional<StoredPhoto> photo(UUID report, UUID photo) {
        return jdbc.sql("select content_type, data from incident.photo where report_id = :r and id = :id")
                .param("r", report).param("id", photo)
                .query((rs, n) -> new StoredPhoto(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    void replaceCategories(UUID report, List<CategoryView> categories) {
        jdbc.sql("delete from incident.report_category where report_id = :r").param("r", report).update();
        for (var c : categories) {
            jdbc.sql("insert into incident.report_category (report_id, category_id, category_version) values (:r, :c, :v)")
                    .param("r", report).param("c", c.id()).param("v", c.version()).update();
        }
    }

    Optional<ReportView> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from incident.report where workspace_id = :ws and id = :id")
                .param("ws", workspace.value()).param("id", id)
                .query((rs, n) -> view(rs))
                .optional()
                .map(v -> withCategoriesAndAreas(v));
    }

    Originals originals(UUID id) {
        return jdbc.sql("select original_description, original_place_text from incident.report where id = :id")
                .param("id", id)
                .query((rs, n) -> new Originals(rs.getString(1), rs.getString(2)))
                .single();
    }

    /** Optimistic: false when someone else changed the report since {@code version} was read. */
    boolean updateStatus(UUID id, ReportStatus status, long version) {
        return jdbc.sql("""
                update incident.report set status = :s, version = version + 1, updated_at = :now
                where id = :id and version = :v
                """)
                .param("s", status.name()).param("now", Timestamp.from(Instant.now())).param("id", id).param("v", version)
                .update() == 1;
    }

    boolean redact(UUID id, String description, @Nullable String originalDescription, String reason,
            List<PersonalDataScreen.Kind> kinds, long version) {
        return jdbc.sql("""
                update incident.report set status = 'REDACTED', description = :d, original_description = :o,
                    redaction_reason = :reason, personal_data_kinds = :kinds, version = version + 1, updated_at = :now
                where id = :id and version = :v
                """)
                .param("d", description).param("o", originalDescription).param("reason", reason)
                .param("kinds", kinds.isEmpty() ? null : kinds.stream().map(Enum::name).distinct().collect(Collectors.joining(",")))
                .param("now", Timestamp.from(Instant.now())).param("id", id).param("v", version)
                .update() == 1;
    }

    /** The reporter's revision, only while the report is still revisable and unchanged since {@code version}. */
    boolean revise(UUID id, PersonalDataScreen.Screened description, PersonalDataScreen.Screened placeText,
            List<PersonalDataScreen.Kind> kinds, ReportStatus status, long version) {
        return jdbc.sql("""
                update incident.report set description = :d, original_description = :od, place_text = :p,
                    original_place_text = :op, personal_data_kinds = :kinds, status = :s, version = version + 1,
                    updated_at = :now
                where id = :id and version = :v and status in ('SUBMITTED', 'NEEDS_INFO') and redaction_reason is null
                """)
                .param("d", description.shared()).param("od", description.original())
                .param("p", placeText.shared()).param("op", placeText.original())
                .param("kinds", kinds.isEmpty() ? null : kinds.stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("s", status.name()).param("now", Timestamp.from(Instant.now())).param("id", id).param("v", version)
                .update() == 1;
    }

    void touch(UUID id) {
        jdbc.sql("update incident.report set version = version + 1, updated_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now())).param("id", id).update();
    }

    void addEvent(UUID report, UUID actor, String kind, @Nullable ReportStatus from, @Nullable ReportStatus to,
            @Nullable String note) {
        jdbc.sql("""
                insert into incident.report_event (id, report_id, occurred_at, actor_id, kind, from_status, to_status, note)
                values (:id, :r, :at, :actor, :kind, :from, :to, :note)
                """)
                .param("id", UUID.randomUUID()).param("r", report).param("at", Timestamp.from(Instant.now()))
                .param("actor", actor).param("kind", kind).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("note", note)
                .update();
    }

    List<HistoryEntry> history(UUID report) {
        return jdbc.sql("select * from incident.report_event where report_id = :r order by seq")
                .param("r", report)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("actor_id", UUID.class), rs.getString("kind"), status(rs.getString("from_status")),
                        status(rs.getString("to_status")), rs.getString("note")))
                .list();
    }

    UUID insertFeedback(UUID report, String text, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into incident.feedback (id, report_id, text, written_at, written_by) values (:id, :r, :t, :at, :by)
                """)
                .param("id", id).param("r", report).param("t", text).param("at", Timestamp.from(Instant.now()))
                .param("by", by).update();
        return id;
    }

    void feedbackMailed(UUID feedback) {
        jdbc.sql("update incident.feedback set mailed_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now())).param("id", feedback).update();
    }

    Optional<FeedbackView> feedback(UUID id) {
        return jdbc.sql("select * from incident.feedback where id = :id").param("id", id)
                .query((rs, n) -> feedbackView(rs)).optional();
    }

    List<FeedbackView> feedbackFor(Collection<UUID> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from incident.feedback where report_id in (:ids) order by written_at")
                .param("ids", reports).query((rs, n) -> feedbackView(rs)).list();
    }

    UUID newProblem(WorkspaceId workspace, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into incident.problem (id, workspace_id, created_at, created_by) values (:id, :ws, :at, :by)")
                .param("id", id).param("ws", workspace.value()).param("at", Timestamp.from(Instant.now())).param("by", by)
                .update();
        return id;
    }

    void moveToProblem(WorkspaceId workspace, @Nullable UUID fromProblem, UUID report, UUID problem) {
        jdbc.sql("update incident.report set problem_id = :p, version = version + 1 where workspace_id = :ws and id = :id")
                .param("p", problem).param("ws", workspace.value()).param("id", report).update();
        if (fromProblem != null && !fromProblem.equals(problem)) {
            jdbc.sql("update incident.report set problem_id = :p, version = version + 1 where workspace_id = :ws and problem_id = :old")
                    .param("p", problem).param("ws", workspace.value()).param("old", fromProblem).update();
        }
    }

    List<ReportRow> sameProblem(WorkspaceId workspace, UUID problem, UUID except, DistrictScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", workspace.value());
        params.put("p", problem);
        params.put("id", except);
        return rows(jdbc.sql("select " + ROW_COLUMNS + " from incident.report r where r.workspace_id = :ws and r.problem_id = :p"
                        + " and r.id <> :id" + within(scope, params) + " order by r.submitted_at")
                .params(params)
                .query((rs, n) -> row(rs)).list());
    }

    ReportPage list(WorkspaceId workspace, ReportFilter filter, DistrictScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", workspace.value());
        var where = new StringBuilder(" from incident.report r where r.workspace_id = :ws").append(within(scope, params));
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.categoryId() != null) {
            where.append(" and exists (select 1 from incident.report_category c where c.report_id = r.id and c.category_id = :cat)");
            params.put("cat", filter.categoryId());
        }
        if (filter.areaId() != null) {
            where.append(" and exists (select 1 from incident.report_area a where a.report_id = r.id and a.area_id = :area)");
            params.put("area", filter.areaId());
        }
        if (filter.from() != null) {
            where.append(" and r.occurred_end >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(Occurrence.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and r.occurred_start < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(Occurrence.ZONE).toInstant()));
        }
        if (filter.reporterId() != null) {
            where.append(" and r.reporter_id = :reporter");
            params.put("reporter", filter.reporterId());
        }
        var counts = jdbc.sql("select count(*), count(distinct coalesce(r.problem_id, r.id))" + where)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        var rows = jdbc.sql("select " + ROW_COLUMNS + where + " order by r.submitted_at desc, r.reference desc"
                        + " limit " + filter.size() + " offset " + filter.offset())
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        return new ReportPage(rows(rows), filter.page(), filter.size(), counts[0], counts[1]);
    }

    /** Reports sharing a category within a box of ±radius metres and ±days, nearest first after the exact distance. */
    List<DuplicateCandidate> near(WorkspaceId workspace, ReportView report, double e, double n, DuplicateSettings settings,
            DistrictScope scope) {
        var categoryIds = report.categories().stream().map(ReportView.ReportCategory::id).toList();
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        long seconds = settings.days() * 86_400L;
        Map<String, Object> scopeParams = new LinkedHashMap<>();
        String scopeClause = within(scope, scopeParams);
        List<Object[]> hits = jdbc.sql("select " + ROW_COLUMNS + ", r.sweref_e, r.sweref_n from incident.report r"
                        + " where r.workspace_id = :ws and r.id <> :id and r.sweref_e between :e1 and :e2"
                        + " and r.sweref_n between :n1 and :n2 and r.occurred_start between :t1 and :t2"
                        + " and exists (select 1 from incident.report_category c where c.report_id = r.id"
                        + " and c.category_id in (:cats))" + scopeClause + " order by r.submitted_at")
                .params(scopeParams)
                .param("ws", workspace.value()).param("id", report.id())
                .param("e1", e - settings.radiusMetres()).param("e2", e + settings.radiusMetres())
                .param("n1", n - settings.radiusMetres()).param("n2", n + settings.radiusMetres())
                .param("t1", Timestamp.from(report.occurredStart().minusSeconds(seconds)))
                .param("t2", Timestamp.from(report.occurredStart().plusSeconds(seconds)))
                .param("cats", categoryIds)
                .query((rs, i) -> new Object[] {row(rs), Math.hypot(rs.getDouble("sweref_e") - e, rs.getDouble("sweref_n") - n)})
                .list();
        var inRange = hits.stream().filter(h -> (double) h[1] <= settings.radiusMetres()).toList();
        var rows = rows(inRange.stream().map(h -> (ReportRow) h[0]).toList());
        List<DuplicateCandidate> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new DuplicateCandidate(rows.get(i), (int) Math.round((double) inRange.get(i)[1])));
        }
        return out;
    }

    Optional<double[]> projectedPoint(UUID report) {
        return jdbc.sql("select sweref_e, sweref_n from incident.report where id = :id and sweref_e is not null")
                .param("id", report)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .optional();
    }

    DuplicateSettings settings(WorkspaceId workspace) {
        return jdbc.sql("select duplicate_radius_m, duplicate_days from incident.settings where workspace_id = :ws")
                .param("ws", workspace.value())
                .query((rs, n) -> new DuplicateSettings(rs.getInt(1), rs.getInt(2)))
                .optional().orElse(DuplicateSettings.DEFAULT);
    }

    void saveSettings(WorkspaceId workspace, DuplicateSettings settings) {
        int updated = jdbc.sql("""
                update incident.settings set duplicate_radius_m = :r, duplicate_days = :d, version = version + 1
                where workspace_id = :ws
                """)
                .param("r", settings.radiusMetres()).param("d", settings.days()).param("ws", workspace.value()).update();
        if (updated == 0) {
            jdbc.sql("insert into incident.settings (workspace_id, duplicate_radius_m, duplicate_days, version) values (:ws, :r, :d, 0)")
                    .param("r", settings.radiusMetres()).param("d", settings.days()).param("ws", workspace.value()).update();
        }
    }

    boolean citizenChannel(WorkspaceId workspace) {
        return jdbc.sql("select citizen_channel from incident.settings where workspace_id = :ws")
                .param("ws", workspace.value()).query(Boolean.class).optional().orElse(false);
    }

    void setCitizenChannel(WorkspaceId workspace, boolean on) {
        saveSettings(workspace, settings(workspace));
        jdbc.sql("update incident.settings set citizen_channel = :on, version = version + 1 where workspace_id = :ws")
                .param("on", on).param("ws", workspace.value()).update();
    }

    /** Accepted reports that came in through the citizen channel and have a point: the only ones shown publicly. */
    List<ReportRow> publicPlaces(WorkspaceId workspace) {
        return rows(jdbc.sql("select " + ROW_COLUMNS + " from incident.report r join incident.submission s on s.id = r.submission_id"
                        + " where r.workspace_id = :ws and s.channel = 'PUBLIC_ESERVICE' and r.status = 'ACCEPTED'"
                        + " and r.lat is not null order by r.submitted_at desc limit 1000")
                .param("ws", workspace.value())
                .query((rs, n) -> row(rs)).list());
    }

    /** The condition that keeps a query on {@code incident.report r} inside a district scope. */
    private static String within(DistrictScope scope, Map<String, Object> params) {
        if (scope.areaIds() == null) {
            return "";
        }
        if (scope.areaIds().isEmpty()) {
            return " and 1 = 0";
        }
        params.put("districts", scope.areaIds());
        return " and exists (select 1 from incident.report_area d where d.report_id = r.id and d.area_id in (:districts))";
    }

    private List<ReportRow> rows(List<ReportRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        jdbc.sql("""
                select rc.report_id, v.name from incident.report_category rc
                join incident.category_version v on v.category_id = rc.category_id and v.version = rc.category_version
                join incident.category c on c.id = rc.category_id
                where rc.report_id in (:ids) order by c.position
                """)
                .param("ids", rows.stream().map(ReportRow::id).toList())
                .query((rs, n) -> {
                    names.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                    return null;
                })
                .list();
        return rows.stream().map(r -> new ReportRow(r.id(), r.reference(), r.reporterId(), r.submittedAt(), r.status(),
                r.occurredStart(), r.accuracy(), r.placeText(), r.lat(), r.lon(), names.getOrDefault(r.id(), List.of()),
                r.description(), r.personalDataFound(), r.problemId())).toList();
    }

    private ReportView withCategoriesAndAreas(ReportView v) {
        var categories = jdbc.sql("""
                select c.id, c.code, rc.category_version, cv.name, cv.common_code from incident.report_category rc
                join incident.category c on c.id = rc.category_id
                join incident.category_version cv on cv.category_id = rc.category_id and cv.version = rc.category_version
                where rc.report_id = :r order by c.position
                """)
                .param("r", v.id())
                .query((rs, n) -> new ReportView.ReportCategory(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5)))
                .list();
        var areas = jdbc.sql("select area_id from incident.report_area where report_id = :r").param("r", v.id())
                .query(UUID.class).list();
        return new ReportView(v.id(), v.reference(), v.workspaceId(), v.submissionId(), v.reporterId(), v.submittedAt(),
                v.status(), v.lat(), v.lon(), v.h3r9(), v.placeText(), v.placeType(), v.occurredStart(), v.occurredEnd(),
                v.accuracy(), v.description(), v.assessment(), v.personsCount(), v.ageGroup(), v.policeNotified(),
                v.othersNotified(), v.personalDataKinds(), v.redactionReason(), v.problemId(), categories, areas,
                v.version());
    }

    private static ReportView view(ResultSet rs) throws SQLException {
        String others = rs.getString("others_notified");
        Set<OtherParty> otherSet = EnumSet.noneOf(OtherParty.class);
        if (others != null) {
            Arrays.stream(others.split(",")).map(OtherParty::valueOf).forEach(otherSet::add);
        }
        String age = rs.getString("age_group");
        return new ReportView(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("workspace_id", UUID.class), rs.getObject("submission_id", UUID.class),
                rs.getObject("reporter_id", UUID.class), rs.getTimestamp("submitted_at").toInstant(),
                ReportStatus.valueOf(rs.getString("status")), nullableDouble(rs, "lat"), nullableDouble(rs, "lon"),
                rs.getObject("h3_r9") == null ? null : rs.getLong("h3_r9"), rs.getString("place_text"),
                PlaceType.valueOf(rs.getString("place_type")), rs.getTimestamp("occurred_start").toInstant(),
                rs.getTimestamp("occurred_end").toInstant(), TimeAccuracy.valueOf(rs.getString("time_accuracy")),
                rs.getString("description"), Assessment.valueOf(rs.getString("assessment")),
                rs.getObject("persons_count") == null ? null : rs.getInt("persons_count"),
                age == null ? null : AgeGroup.valueOf(age), PoliceNotified.valueOf(rs.getString("police_notified")),
                otherSet, kinds(rs.getString("personal_data_kinds")), rs.getString("redaction_reason"),
                rs.getObject("problem_id", UUID.class), List.of(), List.of(), rs.getLong("version"));
    }

    private static ReportRow row(ResultSet rs) throws SQLException {
        return new ReportRow(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("reporter_id", UUID.class), rs.getTimestamp("submitted_at").toInstant(),
                ReportStatus.valueOf(rs.getString("status")), rs.getTimestamp("occurred_start").toInstant(),
                TimeAccuracy.valueOf(rs.getString("time_accuracy")), rs.getString("place_text"),
                nullableDouble(rs, "lat"), nullableDouble(rs, "lon"), List.of(), rs.getString("description"),
                rs.getString("personal_data_kinds") != null, rs.getObject("problem_id", UUID.class));
    }

    private static FeedbackView feedbackView(ResultSet rs) throws SQLException {
        var mailed = rs.getTimestamp("mailed_at");
        return new FeedbackView(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
                rs.getString("text"), rs.getTimestamp("written_at").toInstant(), mailed == null ? null : mailed.toInstant());
    }

    private static List<PersonalDataScreen.Kind> kinds(@Nullable String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(PersonalDataScreen.Kind::valueOf).toList();
    }

    private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    private static @Nullable ReportStatus status(@Nullable String s) {
        return s == null ? null : ReportStatus.valueOf(s);
    }
}
