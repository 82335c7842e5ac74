package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Uppföljning: a dated status of a measure with a narrative. {@code status} is a code of the workspace's scale. */
public record FollowUp(UUID id, UUID measureId, LocalDate reportedOn, String status, @Nullable String narrative) {}
