package se.samsyn.incident.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One change to a report, for the history on its detail page. */
public record HistoryEntry(Instant at, UUID actorId, String kind, @Nullable ReportStatus from, @Nullable ReportStatus to,
        @Nullable String note) {}
