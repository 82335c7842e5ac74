package se.samsyn.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A report as a line in a list; text is always the masked version. */
public record ReportRow(UUID id, String reference, UUID reporterId, Instant submittedAt, ReportStatus status,
        Instant occurredStart, TimeAccuracy accuracy, @Nullable String placeText, @Nullable Double lat,
        @Nullable Double lon, List<String> categoryNames, String description, boolean personalDataFound,
        @Nullable UUID problemId) {}
