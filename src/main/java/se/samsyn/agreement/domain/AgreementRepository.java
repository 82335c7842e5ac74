package se.samsyn.agreement.domain;

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
import se.samsyn.agreement.AgreementContent;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.AnnexKind;
import se.samsyn.agreement.NewAnnex;
import se.samsyn.agreement.NewSection;
import se.samsyn.agreement.NewSignatory;
import se.samsyn.agreement.NewSteeringDocument;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.WorkspaceId;

/** SQL for agreements, their versions and the content of each version. Every read is scoped by workspace. */
@Repository
class AgreementRepository {

    /** The identity row of an agreement. */
    record Head(AgreementId id, WorkspaceId workspace, AgreementLevel level, @Nullable AgreementId parent,
            @Nullable AgreementId replaces, int currentVersion) {}

    /** A stored version row (status as stored, never EXPIRED). */
    record Version(int number, AgreementStatus status, String title, LocalDate validFrom, LocalDate validTo,
            @Nullable String introduction, @Nullable String purpose, @Nullable String goals, @Nullable String organisation,
            @Nullable String followUp, @Nullable String changeNote, @Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn,
            @Nullable String decisionRef, Instant statusChangedAt) {}

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Head> head(WorkspaceId workspace, AgreementId id) {
        return jdbc.sql("select id, workspace_id, level, parent_id, replaces_id, current_version from agreement.agreement "
                        + "where id = :id and workspace_id = :ws")
                .param("id", id.value()).param("ws", workspace.value())
                .query((rs, n) -> head(rs)).optional();
    }

    List<Head> heads(WorkspaceId workspace) {
        return jdbc.sql("select id, workspace_id, level, parent_id, replaces_id, current_version from agreement.agreement "
                        + "where workspace_id = :ws order by created_at")
                .param("ws", workspace.value())
                .query((rs, n) -> head(rs)).list();
    }

    private static Head head(ResultSet rs) throws SQLException {
        UUID parent = rs.getObject(4, UUID.class);
        UUID replaces = rs.getObject(5, UUID.class);
        return new Head(new AgreementId(rs.getObject(1, UUID.class)), new WorkspaceId(rs.getObject(2, UUID.class)),
                AgreementLevel.valueOf(rs.getString(3)), parent == null ? null : new AgreementId(parent),
                replaces == null ? null : new AgreementId(replaces), rs.getInt(6));
    }

    List<OrganisationId> parties(AgreementId id) {
        return jdbc.sql("select organisation_id from agreement.agreement_party where agreement_id = :id")
                .param("id", id.value()).query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class))).list();
    }

    void insertHead(WorkspaceId workspace, AgreementId id, AgreementLevel level, @Nullable AgreementId parent,
            @Nullable AgreementId replaces, @Nullable UUID by) {
        jdbc.sql("""
                insert into agreement.agreement (id, workspace_id, level, parent_id, replaces_id, current_version, created_at, created_by)
                values (:id, :ws, :level, :parent, :replaces, 1, :now, :by)""")
                .param("id", id.value()).param("ws", workspace.value()).param("level", level.name())
                .param("parent", parent == null ? null : parent.value())
                .param("replaces", replaces == null ? null : replaces.value())
                .param("now", Timestamp.from(Instant.now())).param("by", by)
                .update();
    }

    void updateHead(AgreementId id, AgreementLevel level, @Nullable AgreementId parent, @Nullable AgreementId replaces) {
        jdbc.sql("update agreement.agreement set level = :level, parent_id = :parent, replaces_id = :replaces where id = :id")
                .param("id", id.value()).param("level", level.name())
                .param("parent", parent == null ? null : parent.value())
                .param("replaces", replaces == null ? null : replaces.value())
                .update();
    }

    void replaceParties(AgreementId id, List<OrganisationId> parties) {
        jdbc.sql("delete from agreement.agreement_party where agreement_id = :id").param("id", id.value()).update();
        for (OrganisationId p : parties) {
            jdbc.sql("insert into agreement.agreement_party (agreement_id, organisation_id) values (:id, :org)")
                    .param("id", id.value()).param("org", p.value()).update();
        }
    }

    void setCurrentVersion(AgreementId id, int version) {
        jdbc.sql("update agreement.agreement set current_version = :v where id = :id")
                .param("id", id.value()).param("v", version).update();
    }

    void insertVersion(AgreementId id, int number, AgreementContent c) {
        jdbc.sql("""
                insert into agreement.agreement_version (agreement_id, version_no, status, title, valid_from, valid_to,
                  introduction, purpose, goals, organisation_text, follow_up, change_note, status_changed_at, created_at)
                values (:id, :v, 'DRAFT', :title, :from, :to, :intro, :purpose, :goals, :org, :follow, :note, :now, :now)""")
                .param("id", id.value()).param("v", number)
                .param("title", c.title()).param("from", Date.valueOf(c.validFrom())).param("to", Date.valueOf(c.validTo()))
                .param("intro", c.introduction()).param("purpose", c.purpose()).param("goals", c.goals())
                .param("org", c.organisation()).param("follow", c.followUp()).param("note", c.changeNote())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    void updateVersionText(AgreementId id, int number, AgreementContent c) {
        jdbc.sql("""
                update agreement.agreement_version set title = :title, valid_from = :from, valid_to = :to,
                  introduction = :intro, purpose = :purpose, goals = :goals, organisation_text = :org, follow_up = :follow,
                  change_note = :note
                where agreement_id = :id and version_no = :v""")
                .param("id", id.value()).param("v", number)
                .param("title", c.title()).param("from", Date.valueOf(c.validFrom())).param("to", Date.valueOf(c.validTo()))
                .param("intro", c.introduction()).param("purpose", c.purpose()).param("goals", c.goals())
                .param("org", c.organisation()).param("follow", c.followUp()).param("note", c.changeNote())
                .update();
    }

    Optional<Version> version(AgreementId id, int number) {
        return jdbc.sql("""
                select version_no, status, title, valid_from, valid_to, introduction, purpose, goals, organisation_text,
                  follow_up, change_note, adopted_by_body, adopted_on, decision_ref, status_changed_at
                from agreement.agreement_version where agreement_id = :id and version_no = :v""")
                .param("id", id.value()).param("v", number)
                .query((rs, n) -> version(rs)).optional();
    }

    List<Version> versions(AgreementId id) {
        return jdbc.sql("""
                select version_no, status, title, valid_from, valid_to, introduction, purpose, goals, organisation_text,
                  follow_up, change_note, adopted_by_body, adopted_on, decision_ref, status_changed_at
                from agreement.agreement_version where agreement_id = :id order by version_no desc""")
                .param("id", id.value())
                .query((rs, n) -> version(rs)).list();
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getInt(1), AgreementStatus.valueOf(rs.getString(2)), rs.getString(3), date(rs, 4),
                date(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getObject(12, UUID.class), date(rs, 13), rs.getString(14),
                rs.getTimestamp(15).toInstant());
    }

    static @Nullable LocalDate dateOrNull(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    @SuppressWarnings("NullAway")
    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return dateOrNull(rs, column);
    }

    void setStatus(AgreementId id, int number, AgreementStatus status) {
        jdbc.sql("update agreement.agreement_version set status = :s, status_changed_at = :now where agreement_id = :id and version_no = :v")
                .param("id", id.value()).param("v", number).param("s", status.name())
                .param("now", Timestamp.from(Instant.now())).update();
    }

    void setDecision(AgreementId id, int number, UUID body, LocalDate on, String reference) {
        jdbc.sql("""
                update agreement.agreement_version set adopted_by_body = :body, adopted_on = :on, decision_ref = :ref
                where agreement_id = :id and version_no = :v""")
                .param("id", id.value()).param("v", number).param("body", body).param("on", Date.valueOf(on))
                .param("ref", reference).update();
    }

    /** Copies the sections, annexes, steering documents (not the signatures) of one version to the next. */
    void copyContent(AgreementId id, int from, int to) {
        for (var s : sections(id, from)) {
            insertSection(id, to, s.kind(), s.position(), new NewSection(s.title(), s.body(), s.goal()));
        }
        jdbc.sql("select kind, position, title, body, file_name, content_type, data from agreement.annex "
                        + "where agreement_id = :id and version_no = :from order by position")
                .param("id", id.value()).param("from", from)
                .query((rs, n) -> new Object[] {rs.getInt(2), new NewAnnex(AnnexKind.valueOf(rs.getString(1)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7))})
                .list()
                .forEach(row -> insertAnnex(id, to, (Integer) row[0], (NewAnnex) row[1]));
        for (var d : steeringDocuments(id, from)) {
            insertSteeringDocument(id, to, new NewSteeringDocument(d.title(), d.adoptedNote(), d.validFrom(), d.validTo()));
        }
    }

    /** Section rows with their kind. */
    record Section(UUID id, String kind, int position, String title, @Nullable String body, @Nullable String goal) {}

    List<Section> sections(AgreementId id, int version) {
        return jdbc.sql("select id, kind, position, title, body, goal from agreement.version_section "
                        + "where agreement_id = :id and version_no = :v order by kind, position")
                .param("id", id.value()).param("v", version)
                .query((rs, n) -> new Section(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    int nextPosition(String table, AgreementId id, int version) {
        Integer max = jdbc.sql("select max(position) from agreement." + table + " where agreement_id = :id and version_no = :v")
                .param("id", id.value()).param("v", version).query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    void insertSection(AgreementId id, int version, String kind, int position, NewSection s) {
        jdbc.sql("""
                insert into agreement.version_section (id, agreement_id, version_no, kind, position, title, body, goal)
                values (:sid, :id, :v, :kind, :pos, :title, :body, :goal)""")
                .param("sid", UUID.randomUUID()).param("id", id.value()).param("v", version).param("kind", kind)
                .param("pos", position).param("title", s.title()).param("body", s.body()).param("goal", s.goal())
                .update();
    }

    int updateSection(AgreementId id, int version, UUID section, NewSection s) {
        return jdbc.sql("""
                update agreement.version_section set title = :title, body = :body, goal = :goal
                where id = :sid and agreement_id = :id and version_no = :v""")
                .param("sid", section).param("id", id.value()).param("v", version)
                .param("title", s.title()).param("body", s.body()).param("goal", s.goal())
                .update();
    }

    void setSectionPosition(AgreementId id, int version, UUID section, int position) {
        jdbc.sql("update agreement.version_section set position = :pos where id = :sid and agreement_id = :id and version_no = :v")
                .param("sid", section).param("id", id.value()).param("v", version).param("pos", position).update();
    }

    int deleteRow(String table, AgreementId id, int version, UUID row) {
        return jdbc.sql("delete from agreement." + table + " where id = :row and agreement_id = :id and version_no = :v")
                .param("row", row).param("id", id.value()).param("v", version).update();
    }

    void insertAnnex(AgreementId id, int version, int position, NewAnnex a) {
        jdbc.sql("""
                insert into agreement.annex (id, agreement_id, version_no, kind, position, title, body, file_name, content_type, data)
                values (:aid, :id, :v, :kind, :pos, :title, :body, :file, :type, :data)""")
                .param("aid", UUID.randomUUID()).param("id", id.value()).param("v", version)
                .param("kind", a.kind() == null ? AnnexKind.OTHER.name() : a.kind().name()).param("pos", position)
                .param("title", a.title()).param("body", a.body()).param("file", a.fileName())
                .param("type", a.contentType()).param("data", a.data())
                .update();
    }

    List<AnnexView> annexes(AgreementId id, int version) {
        return jdbc.sql("select id, kind, title, body, file_name from agreement.annex "
                        + "where agreement_id = :id and version_no = :v order by position")
                .param("id", id.value()).param("v", version)
                .query((rs, n) -> new AnnexView(rs.getObject(1, UUID.class), AnnexKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    Optional<StoredFile> annexFile(WorkspaceId workspace, AgreementId id, UUID annex) {
        return jdbc.sql("""
                select x.file_name, x.content_type, x.data from agreement.annex x
                join agreement.agreement a on a.id = x.agreement_id
                where x.id = :annex and x.agreement_id = :id and a.workspace_id = :ws and x.data is not null""")
                .param("annex", annex).param("id", id.value()).param("ws", workspace.value())
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    void insertSteeringDocument(AgreementId id, int version, NewSteeringDocument d) {
        jdbc.sql("""
                insert into agreement.steering_document (id, agreement_id, version_no, position, title, adopted_note, valid_from, valid_to)
                values (:did, :id, :v, :pos, :title, :note, :from, :to)""")
                .param("did", UUID.randomUUID()).param("id", id.value()).param("v", version)
                .param("pos", nextPosition("steering_document", id, version))
                .param("title", d.title()).param("note", d.adoptedNote())
                .param("from", d.validFrom() == null ? null : Date.valueOf(d.validFrom()))
                .param("to", d.validTo() == null ? null : Date.valueOf(d.validTo()))
                .update();
    }

    List<SteeringDocumentView> steeringDocuments(AgreementId id, int version) {
        return jdbc.sql("select id, title, adopted_note, valid_from, valid_to from agreement.steering_document "
                        + "where agreement_id = :id and version_no = :v order by position")
                .param("id", id.value()).param("v", version)
                .query((rs, n) -> new SteeringDocumentView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        dateOrNull(rs, 4), dateOrNull(rs, 5)))
                .list();
    }

    void insertSignatory(AgreementId id, int version, NewSignatory s) {
        jdbc.sql("""
                insert into agreement.signatory (id, agreement_id, version_no, position, person_name, function_title,
                  organisation_id, place, signed_on)
                values (:sid, :id, :v, :pos, :name, :fn, :org, :place, :on)""")
                .param("sid", UUID.randomUUID()).param("id", id.value()).param("v", version)
                .param("pos", nextPosition("signatory", id, version))
                .param("name", s.name()).param("fn", s.function())
                .param("org", s.organisation() == null ? null : s.organisation().value())
                .param("place", s.place()).param("on", s.signedOn() == null ? null : Date.valueOf(s.signedOn()))
                .update();
    }

    /** Signatory rows; the organisation name is filled in by the service. */
    record Signatory(UUID id, String name, String function, @Nullable UUID organisation, @Nullable String place,
            @Nullable LocalDate signedOn) {}

    List<Signatory> signatories(AgreementId id, int version) {
        return jdbc.sql("select id, person_name, function_title, organisation_id, place, signed_on from agreement.signatory "
                        + "where agreement_id = :id and version_no = :v order by position")
                .param("id", id.value()).param("v", version)
                .query((rs, n) -> new Signatory(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), dateOrNull(rs, 6)))
                .list();
    }

    /** Agreements (other than {@code except}) whose latest version's status is one of the given. */
    List<AgreementId> replacing(WorkspaceId workspace, AgreementId replaced) {
        return jdbc.sql("select id from agreement.agreement where workspace_id = :ws and replaces_id = :r")
                .param("ws", workspace.value()).param("r", replaced.value())
                .query((rs, n) -> new AgreementId(rs.getObject(1, UUID.class))).list();
    }

    boolean bodyAdoptedSomething(UUID body) {
        return jdbc.sql("select count(*) from agreement.agreement_version where adopted_by_body = :b")
                .param("b", body).query(Long.class).single() > 0;
    }
}
