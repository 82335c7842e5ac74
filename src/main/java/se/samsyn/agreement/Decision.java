package se.samsyn.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The adoption of a version: which body decided, when, and the paragraf or diarienummer. */
public record Decision(@Nullable GovernanceBodyId body, @Nullable LocalDate decidedOn, @Nullable String reference) {}
