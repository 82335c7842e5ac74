package se.samsyn.actionplan;

import java.time.LocalDate;

/** One adoption of a plan: revision, deciding body, date and paragraf. The content is frozen as a snapshot. */
public record Adoption(int revision, String body, LocalDate on, String paragraf) {}
