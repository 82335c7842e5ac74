package se.samsyn.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record AuditEntryView(
        UUID id,
        Instant occurredAt,
        @Nullable String actorEmail,
        @Nullable UUID workspace,
        String action,
        String objectType,
        @Nullable String objectId,
        @Nullable String reason,
        @Nullable String details,
        boolean sensitiveRead) {}
