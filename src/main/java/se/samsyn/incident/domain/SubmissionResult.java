package se.samsyn.incident.domain;

import java.util.List;
import java.util.UUID;

public record SubmissionResult(UUID submissionId, List<UUID> reportIds, List<String> references, boolean repeated) {}
