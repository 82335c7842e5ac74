package se.samsyn.audit;

import org.jspecify.annotations.Nullable;
import se.samsyn.shared.WorkspaceId;

/**
 * One thing to write to the audit log. {@code details} is a short machine-readable note (field names, old and new
 * status), never free text from a report.
 */
public record AuditRecord(
        @Nullable WorkspaceId workspace,
        String action,
        String objectType,
        @Nullable String objectId,
        @Nullable String reason,
        @Nullable String details,
        boolean sensitiveRead) {

    public static AuditRecord change(@Nullable WorkspaceId workspace, String action, String objectType, Object objectId) {
        return new AuditRecord(workspace, action, objectType, String.valueOf(objectId), null, null, false);
    }

    public static AuditRecord read(@Nullable WorkspaceId workspace, String objectType, Object objectId) {
        return new AuditRecord(workspace, "READ", objectType, String.valueOf(objectId), null, null, true);
    }

    public AuditRecord because(@Nullable String why) {
        return new AuditRecord(workspace, action, objectType, objectId, why, details, sensitiveRead);
    }

    public AuditRecord with(@Nullable String note) {
        return new AuditRecord(workspace, action, objectType, objectId, reason, note, sensitiveRead);
    }
}
