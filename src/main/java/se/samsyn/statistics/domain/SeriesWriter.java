package se.samsyn.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.SeriesId;
import se.samsyn.statistics.Source;

/**
 * Stores the values of one import in the caller's transaction. A file imported before (same sha256 and kind) changes
 * nothing. Otherwise each value replaces the value of the same series and period; with {@code replaceWholePeriods}
 * every value of that source in the file's periods is removed first, so a corrected police file replaces the month.
 */
@Component
class SeriesWriter {

    private final SeriesRepository series;
    private final ImportLogRepository log;
    private final AuditApi audit;

    SeriesWriter(SeriesRepository series, ImportLogRepository log, AuditApi audit) {
        this.series = series;
        this.log = log;
        this.audit = audit;
    }

    boolean known(WorkspaceId workspace, ImportKind kind, String sha256) {
        return log.exists(workspace, kind, sha256);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ImportOutcome write(WorkspaceId workspace, ImportKind kind, String fileName, String sha256, int rows, List<DataPoint> points,
            boolean replaceWholePeriods, UUID importedBy) {
        if (log.exists(workspace, kind, sha256)) {
            return new ImportOutcome(null, true, 0, 0, null, null);
        }
        var keys = series.keys(workspace);
        var unique = new LinkedHashMap<String, SeriesRepository.ValueRow>();
        for (DataPoint p : points) {
            SeriesId id = keys.computeIfAbsent(p.series().key(), k -> series.insert(workspace, p.series()));
            var row = new SeriesRepository.ValueRow(id, p.periodStart(), p.value(), p.denominator(), p.preliminary());
            unique.put(id.value() + "|" + p.periodStart(), row);
        }
        var rowsToWrite = new ArrayList<>(unique.values());
        int replaced;
        if (replaceWholePeriods) {
            replaced = 0;
            var bySourceAndGranularity = new LinkedHashMap<String, HashSet<LocalDate>>();
            for (DataPoint p : points) {
                bySourceAndGranularity.computeIfAbsent(p.series().source() + "|" + p.series().granularity(),
                        k -> new HashSet<>()).add(p.periodStart());
            }
            for (var e : bySourceAndGranularity.entrySet()) {
                String[] parts = e.getKey().split("\\|");
                replaced += series.deletePeriods(workspace, Source.valueOf(parts[0]), Granularity.valueOf(parts[1]),
                        e.getValue());
            }
        } else {
            replaced = series.deleteValues(rowsToWrite);
        }
        var importId = UUID.randomUUID();
        series.insertValues(rowsToWrite, importId);
        LocalDate from = rowsToWrite.stream().map(SeriesRepository.ValueRow::periodStart).min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate to = rowsToWrite.stream().map(SeriesRepository.ValueRow::periodStart).max(Comparator.naturalOrder())
                .orElse(null);
        log.insert(importId, workspace, kind, fileName, sha256, from, to, rows, rowsToWrite.size(), replaced, importedBy);
        audit.record(AuditRecord.change(workspace, "IMPORT", "StatisticsImport", importId)
                .with("kind=" + kind + ";file=" + fileName + ";values=" + rowsToWrite.size() + ";replaced=" + replaced));
        return new ImportOutcome(importId, false, rowsToWrite.size(), replaced, from, to);
    }
}
