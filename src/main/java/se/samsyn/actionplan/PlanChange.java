package se.samsyn.actionplan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a plan's history: what changed (a readable summary) and why. */
public record PlanChange(Instant at, String what, @Nullable String reason) {}
