package se.samsyn.statistics.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.WorkspaceId;

/** An import job as the pages show it. {@code preview} holds the first rows of the file, header first. */
public record ImportJob(UUID id, WorkspaceId workspace, ImportKind kind, String fileName, JobStatus status,
        @Nullable String phase, int processedRows, int totalRows, int problemCount, @Nullable String detected,
        List<String> header, List<List<String>> preview, boolean alreadyImported, @Nullable UUID importId, int values,
        int replaced, UUID createdBy, Instant createdAt) {

    /** Percent done for the progress bar; a job whose size is unknown shows 0 until it ends. */
    public int percent() {
        if (status == JobStatus.DONE || status == JobStatus.READY || status == JobStatus.REJECTED) {
            return 100;
        }
        if (totalRows <= 0) {
            return 0;
        }
        int p = (int) (100L * processedRows / totalRows);
        return Math.min(status == JobStatus.RUNNING ? 99 : 100, p);
    }
}
