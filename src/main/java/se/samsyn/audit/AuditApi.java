package se.samsyn.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.samsyn.audit.domain.AuditLog;
import se.samsyn.shared.WorkspaceId;

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
        return log.verify().intact();
    }

    /** Like {@link #verifyChain()}, and tells where the chain breaks. */
    public ChainVerification verify() {
        return log.verify();
    }

    /** The actions and object types that occur in the log (in one workspace, or anywhere), for filter lists. */
    public List<String> actions(@Nullable WorkspaceId workspace) {
        return log.distinct("action", workspace);
    }

    public List<String> objectTypes(@Nullable WorkspaceId workspace) {
        return log.distinct("object_type", workspace);
    }
}
