package se.samsyn.actionplan;

import org.jspecify.annotations.Nullable;

/** A measure that is overdue or due soon and not yet done, with its latest follow-up if any. */
public record DueMeasure(Measure measure, @Nullable FollowUp latest, boolean overdue) {}
