package se.samsyn.incident.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Återkoppling: what the coordinator tells the reporter came of a report. */
public record FeedbackView(UUID id, UUID reportId, String text, Instant writtenAt, @Nullable Instant mailedAt) {}
