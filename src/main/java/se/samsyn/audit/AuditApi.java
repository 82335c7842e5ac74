package se.samsyn.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import se.samsyn.audit.domain.AuditLog;

/** The only way into the audit log. Writes join the caller's transaction, so a rolled-back change leaves no entry. */
@Service
public class AuditApi {

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    public void record(AuditRecord record) {
        log.append(record);
    }

    public List<AuditEntryView> search(AuditQuery query) {
        return log.search(query);
    }

    public long count(AuditQuery query) {
        return log.count(query);
    }

    /** Recomputes the hash chain; false means an entry was altered or removed outside the application. */
    public boolean verifyChain() {
        return log.verifyChain();
    }
}
