package se.samsyn.statistics.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an import stored: nothing when the same file was imported before, otherwise values written and replaced. */
public record ImportOutcome(@Nullable UUID importId, boolean alreadyImported, int values, int replaced,
        @Nullable LocalDate from, @Nullable LocalDate to) {}
