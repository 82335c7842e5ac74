package se.samsyn.agreement.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.agreement.BodyKind;
import se.samsyn.agreement.GovernanceBodyId;
import se.samsyn.agreement.MemberRole;
import se.samsyn.shared.WorkspaceId;

@Repository
class GovernanceRepository {

    record Row(GovernanceBodyId id, @Nullable GovernanceBodyId parent, String name, BodyKind kind, @Nullable String mandate,
            @Nullable String cadence, @Nullable LocalDate retiredOn) {}

    private final JdbcClient jdbc;

    GovernanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> bodies(WorkspaceId workspace) {
        return jdbc.sql("select id, parent_id, name, kind, mandate, meeting_cadence, retired_on from agreement.governance_body "
                        + "where workspace_id = :ws order by name")
                .param("ws", workspace.value())
                .query((rs, n) -> {
                    UUID parent = rs.getObject(2, UUID.class);
                    return new Row(new GovernanceBodyId(rs.getObject(1, UUID.class)),
                            parent == null ? null : new GovernanceBodyId(parent), rs.getString(3),
                            BodyKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            AgreementRepository.dateOrNull(rs, 7));
                })
                .list();
    }

    LinkedHashMap<UUID, List<MemberView>> members(WorkspaceId workspace) {
        var result = new LinkedHashMap<UUID, List<MemberView>>();
        jdbc.sql("""
                select m.body_id, m.id, m.person_name, m.organisation_name, m.member_role from agreement.body_member m
                join agreement.governance_body b on b.id = m.body_id where b.workspace_id = :ws order by m.position""")
                .param("ws", workspace.value())
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new MemberView(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                    MemberRole.valueOf(rs.getString(5))));
                });
        return result;
    }

    void insert(WorkspaceId workspace, GovernanceBodyId id, @Nullable GovernanceBodyId parent, String name, BodyKind kind,
            @Nullable String mandate, @Nullable String cadence) {
        jdbc.sql("""
                insert into agreement.governance_body (id, workspace_id, parent_id, name, kind, mandate, meeting_cadence, created_at)
                values (:id, :ws, :parent, :name, :kind, :mandate, :cadence, :now)""")
                .param("id", id.value()).param("ws", workspace.value())
                .param("parent", parent == null ? null : parent.value()).param("name", name).param("kind", kind.name())
                .param("mandate", mandate).param("cadence", cadence).param("now", Timestamp.from(Instant.now()))
                .update();
    }

    void update(WorkspaceId workspace, GovernanceBodyId id, String name, @Nullable String mandate, @Nullable String cadence) {
        jdbc.sql("update agreement.governance_body set name = :name, mandate = :mandate, meeting_cadence = :cadence "
                        + "where id = :id and workspace_id = :ws")
                .param("id", id.value()).param("ws", workspace.value()).param("name", name).param("mandate", mandate)
                .param("cadence", cadence).update();
    }

    void retire(WorkspaceId workspace, GovernanceBodyId id, LocalDate on) {
        jdbc.sql("update agreement.governance_body set retired_on = :on where id = :id and workspace_id = :ws")
                .param("id", id.value()).param("ws", workspace.value()).param("on", Date.valueOf(on)).update();
    }

    void delete(WorkspaceId workspace, GovernanceBodyId id) {
        jdbc.sql("delete from agreement.body_member where body_id = :id").param("id", id.value()).update();
        jdbc.sql("delete from agreement.governance_body where id = :id and workspace_id = :ws")
                .param("id", id.value()).param("ws", workspace.value()).update();
    }

    void insertMember(GovernanceBodyId body, String person, @Nullable String organisation, MemberRole role) {
        Integer max = jdbc.sql("select max(position) from agreement.body_member where body_id = :b")
                .param("b", body.value()).query(Integer.class).optional().orElse(null);
        jdbc.sql("""
                insert into agreement.body_member (id, body_id, person_name, organisation_name, member_role, position)
                values (:id, :b, :person, :org, :role, :pos)""")
                .param("id", UUID.randomUUID()).param("b", body.value()).param("person", person).param("org", organisation)
                .param("role", role.name()).param("pos", max == null ? 1 : max + 1)
                .update();
    }

    int deleteMember(GovernanceBodyId body, UUID member) {
        return jdbc.sql("delete from agreement.body_member where id = :id and body_id = :b")
                .param("id", member).param("b", body.value()).update();
    }
}
