package se.samsyn.incident.domain;

import java.util.UUID;

/** Ids only: the mailer reads the text itself, so no report text ends up in the event publication table. */
public record FeedbackGiven(UUID workspaceId, UUID reportId, UUID feedbackId) {}
