package se.samsyn.statistics.domain;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.access.AccessApi;
import se.samsyn.access.UserId;
import se.samsyn.shared.WorkspaceId;

/** The import log: who imported which file, when, for which periods and with how many rows. */
@Service
public class ImportLog {

    public record Line(ImportLogEntry entry, String importedBy) {}

    private final ImportLogRepository log;
    private final AccessApi access;

    ImportLog(ImportLogRepository log, AccessApi access) {
        this.log = log;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Line> entries(WorkspaceId workspace) {
        return log.list(workspace).stream()
                .map(e -> new Line(e, access.findUser(new UserId(e.importedBy())).map(u -> u.displayName()).orElse("–")))
                .toList();
    }
}
