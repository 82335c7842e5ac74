package se.samsyn.statistics.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.CategoryId;
import se.samsyn.statistics.CouncilCategory;

@Repository
class CategoryRepository {

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    List<CouncilCategory> list(WorkspaceId workspace) {
        record Row(UUID id, String code, String name, LocalDate from, @Nullable LocalDate to) {}
        var rows = jdbc.sql("""
                select id, code, name, valid_from, valid_to from statistics.council_category where workspace_id = :ws
                order by code, valid_from""")
                .param("ws", workspace.value())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()))
                .list();
        var mappings = new LinkedHashMap<UUID, List<CouncilCategory.Mapping>>();
        jdbc.sql("""
                select council_category_id, id, source, source_name from statistics.category_mapping where workspace_id = :ws
                order by source, source_name""")
                .param("ws", workspace.value())
                .query(rs -> {
                    mappings.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new CouncilCategory.Mapping(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
                });
        return rows.stream().map(r -> new CouncilCategory(new CategoryId(r.id()), r.code(), r.name(), r.from(), r.to(),
                List.copyOf(mappings.getOrDefault(r.id(), List.of())))).toList();
    }

    void insert(WorkspaceId workspace, CategoryId id, String code, String name, LocalDate from, @Nullable LocalDate to) {
        jdbc.sql("""
                insert into statistics.council_category (id, workspace_id, code, name, valid_from, valid_to, created_at)
                values (:id, :ws, :code, :name, :from, :to, :now)""")
                .param("id", id.value())
                .param("ws", workspace.value())
                .param("code", code)
                .param("name", name)
                .param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    void update(WorkspaceId workspace, CategoryId id, String name, LocalDate from, @Nullable LocalDate to) {
        jdbc.sql("""
                update statistics.council_category set name = :name, valid_from = :from, valid_to = :to
                where id = :id and workspace_id = :ws""")
                .param("id", id.value())
                .param("ws", workspace.value())
                .param("name", name)
                .param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .update();
    }

    boolean codeTaken(WorkspaceId workspace, String code, LocalDate from) {
        return jdbc.sql("select count(*) from statistics.council_category where workspace_id = :ws and code = :code and valid_from = :from")
                .param("ws", workspace.value()).param("code", code).param("from", Date.valueOf(from))
                .query(Long.class).single() > 0;
    }

    boolean mappingExists(WorkspaceId workspace, CategoryId category, String source, String name) {
        return jdbc.sql("""
                select count(*) from statistics.category_mapping where workspace_id = :ws and council_category_id = :c
                and source = :source and source_key = :key""")
                .param("ws", workspace.value()).param("c", category.value()).param("source", source).param("key", key(name))
                .query(Long.class).single() > 0;
    }

    void insertMapping(WorkspaceId workspace, CategoryId category, String source, String name) {
        jdbc.sql("""
                insert into statistics.category_mapping (id, workspace_id, council_category_id, source, source_name, source_key)
                values (:id, :ws, :c, :source, :name, :key)""")
                .param("id", UUID.randomUUID())
                .param("ws", workspace.value())
                .param("c", category.value())
                .param("source", source)
                .param("name", name.strip())
                .param("key", key(name))
                .update();
    }

    int deleteMapping(WorkspaceId workspace, UUID mapping) {
        return jdbc.sql("delete from statistics.category_mapping where id = :id and workspace_id = :ws")
                .param("id", mapping).param("ws", workspace.value()).update();
    }

    /** The Brå and police names mapped to the council categories with this code (any validity period). */
    List<String> mappedSourceNames(WorkspaceId workspace, String councilCode) {
        return jdbc.sql("""
                select m.source_name from statistics.category_mapping m
                join statistics.council_category c on c.id = m.council_category_id
                where m.workspace_id = :ws and c.code = :code""")
                .param("ws", workspace.value()).param("code", councilCode)
                .query(String.class).list();
    }
}
