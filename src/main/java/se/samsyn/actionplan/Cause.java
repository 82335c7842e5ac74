package se.samsyn.actionplan;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One numbered cause of a problem, with the evidence behind it and how confident the group is. */
public record Cause(UUID id, UUID problemId, int number, Perspective perspective, String description,
        @Nullable String evidence, Confidence confidence) {}
