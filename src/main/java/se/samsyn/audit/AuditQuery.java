package se.samsyn.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.WorkspaceId;

/** Filters for the audit view; null means "any". */
public record AuditQuery(
        @Nullable WorkspaceId workspace,
        @Nullable String actorEmail,
        @Nullable String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        int page,
        int size) {}
