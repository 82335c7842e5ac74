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

@Repository
class ImportLogRepository {

    private final JdbcClient jdbc;

    ImportLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(WorkspaceId workspace, ImportKind kind, String sha256) {
        return jdbc.sql("select count(*) from statistics.import_log where workspace_id = :ws and kind = :kind and sha256 = :sha")
                        .param("ws", workspace.value())
                        .param("kind", kind.name())
                        .param("sha", sha256)
                        .query(Long.class)
                        .single() > 0;
    }

    void insert(UUID id, WorkspaceId workspace, ImportKind kind, String fileName, String sha256, @Nullable LocalDate from,
            @Nullable LocalDate to, int rows, int values, int replaced, UUID by) {
        jdbc.sql("""
                insert into statistics.import_log (id, workspace_id, kind, file_name, sha256, period_from, period_to, row_count,
                    value_count, replaced_count, imported_by, imported_at)
                values (:id, :ws, :kind, :file, :sha, :from, :to, :rows, :values, :replaced, :by, :now)
                """)
                .param("id", id)
                .param("ws", workspace.value())
                .param("kind", kind.name())
                .param("file", fileName)
                .param("sha", sha256)
                .param("from", from == null ? null : Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .param("rows", rows)
                .param("values", values)
                .param("replaced", replaced)
                .param("by", by)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    List<ImportLogEntry> list(WorkspaceId workspace) {
        return jdbc.sql("""
                select id, kind, file_name, sha256, period_from, period_to, row_count, value_count, replaced_count, imported_by,
                    imported_at from statistics.import_log where workspace_id = :ws order by imported_at desc
                """)
                .param("ws", workspace.value())
                .query((rs, n) -> new ImportLogEntry(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
                        rs.getString("file_name"), rs.getString("sha256"),
                        rs.getDate("period_from") == null ? null : rs.getDate("period_from").toLocalDate(),
                        rs.getDate("period_to") == null ? null : rs.getDate("period_to").toLocalDate(),
                        rs.getInt("row_count"), rs.getInt("value_count"), rs.getInt("replaced_count"),
                        rs.getObject("imported_by", UUID.class), rs.getTimestamp("imported_at").toInstant()))
                .list();
    }
}
