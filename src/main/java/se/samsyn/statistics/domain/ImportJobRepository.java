package se.samsyn.statistics.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.shared.WorkspaceId;

@Repository
class ImportJobRepository {

    private static final String CELL = "\u001f";
    private static final String COLUMNS = """
            id, workspace_id, kind, file_name, status, phase, processed_rows, total_rows, problem_count, detected, header,
            preview, already_imported, import_id, value_count, replaced_count, created_by, created_at""";

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, WorkspaceId workspace, ImportKind kind, String fileName, String sha256, byte[] content, UUID by) {
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into statistics.import_job (id, workspace_id, kind, file_name, sha256, content, status, processed_rows,
                    total_rows, problem_count, already_imported, value_count, replaced_count, created_by, created_at, updated_at)
                values (:id, :ws, :kind, :file, :sha, :content, 'CHECKING', 0, 0, 0, false, 0, 0, :by, :now, :now)""")
                .param("id", id).param("ws", workspace.value()).param("kind", kind.name()).param("file", fileName)
                .param("sha", sha256).param("content", content).param("by", by).param("now", now)
                .update();
    }

    Optional<ImportJob> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from statistics.import_job where id = :id and workspace_id = :ws")
                .param("id", id).param("ws", workspace.value())
                .query(ImportJobRepository::job).optional();
    }

    List<ImportJob> recent(WorkspaceId workspace, int limit) {
        return jdbc.sql("select " + COLUMNS + " from statistics.import_job where workspace_id = :ws order by created_at desc")
                .param("ws", workspace.value())
                .query(ImportJobRepository::job).stream().limit(limit).toList();
    }

    record Stored(byte[] content, String sha256) {}

    Stored content(UUID id) {
        return jdbc.sql("select content, sha256 from statistics.import_job where id = :id").param("id", id)
                .query((rs, n) -> new Stored(rs.getBytes(1), rs.getString(2))).single();
    }

    boolean transition(UUID id, JobStatus from, JobStatus to) {
        return jdbc.sql("update statistics.import_job set status = :to, processed_rows = 0, updated_at = :now"
                        + " where id = :id and status = :from")
                .param("id", id).param("from", from.name()).param("to", to.name())
                .param("now", Timestamp.from(Instant.now())).update() == 1;
    }

    void status(UUID id, JobStatus status) {
        jdbc.sql("update statistics.import_job set status = :s, updated_at = :now where id = :id")
                .param("id", id).param("s", status.name()).param("now", Timestamp.from(Instant.now())).update();
    }

    void progress(UUID id, String phase, int processed, int total) {
        jdbc.sql("""
                update statistics.import_job set phase = :phase, processed_rows = :p, total_rows = :t, updated_at = :now
                where id = :id""")
                .param("id", id).param("phase", phase).param("p", processed).param("t", total)
                .param("now", Timestamp.from(Instant.now())).update();
    }

    void checked(UUID id, JobStatus status, @Nullable String detected, List<String> header, List<List<String>> preview,
            int rows, int problemCount, List<ImportProblem> problems, boolean alreadyImported) {
        jdbc.sql("delete from statistics.import_job_problem where job_id = :id").param("id", id).update();
        int ordinal = 0;
        for (ImportProblem p : problems) {
            jdbc.sql("""
                    insert into statistics.import_job_problem (job_id, ordinal, row_number, column_name, message_key, arguments)
                    values (:id, :o, :row, :col, :key, :args)""")
                    .param("id", id).param("o", ordinal++).param("row", p.row()).param("col", p.column())
                    .param("key", p.messageKey()).param("args", String.join(CELL, p.arguments())).update();
        }
        var previewText = new StringBuilder();
        for (List<String> r : preview) {
            previewText.append(String.join(CELL, r)).append('\n');
        }
        jdbc.sql("""
                update statistics.import_job set status = :s, phase = null, detected = :d, header = :h, preview = :p,
                    processed_rows = :rows, total_rows = :rows, problem_count = :pc, already_imported = :already,
                    updated_at = :now where id = :id""")
                .param("id", id).param("s", status.name()).param("d", detected).param("h", String.join(CELL, header))
                .param("p", previewText.toString()).param("rows", rows).param("pc", problemCount)
                .param("already", alreadyImported).param("now", Timestamp.from(Instant.now())).update();
    }

    void done(UUID id, @Nullable UUID importId, int values, int replaced, boolean alreadyImported) {
        jdbc.sql("""
                update statistics.import_job set status = 'DONE', phase = null, import_id = :imp, value_count = :v,
                    replaced_count = :r, already_imported = :a, content = null, processed_rows = total_rows,
                    updated_at = :now where id = :id""")
                .param("id", id).param("imp", importId).param("v", values).param("r", replaced).param("a", alreadyImported)
                .param("now", Timestamp.from(Instant.now())).update();
    }

    void failed(UUID id, ImportProblem problem) {
        checkedProblemsOnly(id, List.of(problem));
        jdbc.sql("update statistics.import_job set status = 'FAILED', phase = null, problem_count = 1, updated_at = :now"
                        + " where id = :id")
                .param("id", id).param("now", Timestamp.from(Instant.now())).update();
    }

    private void checkedProblemsOnly(UUID id, List<ImportProblem> problems) {
        jdbc.sql("delete from statistics.import_job_problem where job_id = :id").param("id", id).update();
        int ordinal = 0;
        for (ImportProblem p : problems) {
            jdbc.sql("""
                    insert into statistics.import_job_problem (job_id, ordinal, row_number, column_name, message_key, arguments)
                    values (:id, :o, :row, :col, :key, :args)""")
                    .param("id", id).param("o", ordinal++).param("row", p.row()).param("col", p.column())
                    .param("key", p.messageKey()).param("args", String.join(CELL, p.arguments())).update();
        }
    }

    List<ImportProblem> problems(UUID id) {
        return jdbc.sql("""
                select row_number, column_name, message_key, arguments from statistics.import_job_problem where job_id = :id
                order by ordinal""")
                .param("id", id)
                .query((rs, n) -> new ImportProblem(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).isEmpty() ? List.of() : Arrays.asList(rs.getString(4).split(CELL, -1))))
                .list();
    }

    /** Jobs cut off by a stopped process: nothing of theirs was committed, so they can simply be marked failed. */
    int failInterrupted() {
        var ids = jdbc.sql("select id from statistics.import_job where status in ('CHECKING', 'RUNNING')")
                .query(UUID.class).list();
        ids.forEach(id -> failed(id, ImportProblem.file("statistics.job.interrupted")));
        return ids.size();
    }

    Map<String, String> columnMapping(WorkspaceId workspace, ImportKind kind) {
        var mapping = new java.util.HashMap<String, String>();
        jdbc.sql("select field, header from statistics.column_mapping where workspace_id = :ws and kind = :kind")
                .param("ws", workspace.value()).param("kind", kind.name())
                .query(rs -> {
                    mapping.put(rs.getString(1), rs.getString(2));
                });
        return mapping;
    }

    void saveColumnMapping(WorkspaceId workspace, ImportKind kind, Map<String, String> mapping) {
        jdbc.sql("delete from statistics.column_mapping where workspace_id = :ws and kind = :kind")
                .param("ws", workspace.value()).param("kind", kind.name()).update();
        mapping.forEach((field, header) -> jdbc.sql("""
                insert into statistics.column_mapping (workspace_id, kind, field, header) values (:ws, :kind, :f, :h)""")
                .param("ws", workspace.value()).param("kind", kind.name()).param("f", field).param("h", header).update());
    }

    static Map<PoliceColumn, String> policeColumns(Map<String, String> stored) {
        var mapping = new EnumMap<PoliceColumn, String>(PoliceColumn.class);
        stored.forEach((k, v) -> {
            try {
                mapping.put(PoliceColumn.valueOf(k), v);
            } catch (IllegalArgumentException ignored) {
                // a field from an older version
            }
        });
        return mapping;
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        String header = rs.getString("header");
        String preview = rs.getString("preview");
        var rows = new ArrayList<List<String>>();
        if (preview != null) {
            for (String line : preview.split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(Arrays.asList(line.split(CELL, -1)));
                }
            }
        }
        return new ImportJob(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"), JobStatus.valueOf(rs.getString("status")),
                rs.getString("phase"), rs.getInt("processed_rows"), rs.getInt("total_rows"), rs.getInt("problem_count"),
                rs.getString("detected"), header == null || header.isEmpty() ? List.of() : Arrays.asList(header.split(CELL, -1)),
                rows, rs.getBoolean("already_imported"), rs.getObject("import_id", UUID.class), rs.getInt("value_count"),
                rs.getInt("replaced_count"), rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
