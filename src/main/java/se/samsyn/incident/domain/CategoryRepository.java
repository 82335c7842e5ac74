package se.samsyn.incident.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.shared.WorkspaceId;

@Repository
class CategoryRepository {

    private static final String SELECT = """
            select c.id, c.code, c.parent_code, c.current_version, v.name, v.description, v.common_code,
                   c.retired_at, c.position
            from incident.category c
            join incident.category_version v on v.category_id = c.id and v.version = c.current_version
            """;

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(WorkspaceId workspace) {
        return jdbc.sql("select count(*) from incident.category where workspace_id = :ws")
                .param("ws", workspace.value()).query(Long.class).single();
    }

    List<CategoryView> list(WorkspaceId workspace, boolean includeRetired) {
        return jdbc.sql(SELECT + " where c.workspace_id = :ws" + (includeRetired ? "" : " and c.retired_at is null")
                        + " order by c.position")
                .param("ws", workspace.value())
                .query(CategoryRepository::view)
                .list();
    }

    List<CategoryView> find(WorkspaceId workspace, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where c.workspace_id = :ws and c.id in (:ids)")
                .param("ws", workspace.value())
                .param("ids", ids)
                .query(CategoryRepository::view)
                .list();
    }

    Optional<CategoryView> find(WorkspaceId workspace, UUID id) {
        return find(workspace, List.of(id)).stream().findFirst();
    }

    boolean codeTaken(WorkspaceId workspace, String code) {
        return jdbc.sql("select count(*) from incident.category where workspace_id = :ws and code = :code")
                .param("ws", workspace.value()).param("code", code).query(Long.class).single() > 0;
    }

    int nextPosition(WorkspaceId workspace) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from incident.category where workspace_id = :ws")
                .param("ws", workspace.value()).query(Integer.class).single();
    }

    void insert(UUID id, WorkspaceId workspace, String code, @Nullable String parentCode, int position) {
        jdbc.sql("""
                insert into incident.category (id, workspace_id, code, parent_code, position, current_version, created_at)
                values (:id, :ws, :code, :parent, :position, 0, :now)
                """)
                .param("id", id).param("ws", workspace.value()).param("code", code).param("parent", parentCode)
                .param("position", position).param("now", Timestamp.from(Instant.now()))
                .update();
    }

    void addVersion(UUID id, int version, String name, @Nullable String description, String commonCode,
            @Nullable UUID by) {
        jdbc.sql("""
                insert into incident.category_version (category_id, version, name, description, common_code, created_at,
                    created_by)
                values (:id, :version, :name, :description, :common, :now, :by)
                """)
                .param("id", id).param("version", version).param("name", name).param("description", description)
                .param("common", commonCode).param("now", Timestamp.from(Instant.now())).param("by", by)
                .update();
        jdbc.sql("update incident.category set current_version = :version where id = :id")
                .param("version", version).param("id", id).update();
    }

    void retire(UUID id) {
        jdbc.sql("update incident.category set retired_at = :now where id = :id and retired_at is null")
                .param("now", Timestamp.from(Instant.now())).param("id", id).update();
    }

    private static CategoryView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CategoryView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("parent_code"),
                rs.getInt("current_version"), rs.getString("name"), rs.getString("description"),
                rs.getString("common_code"), rs.getTimestamp("retired_at") != null, rs.getInt("position"));
    }
}
