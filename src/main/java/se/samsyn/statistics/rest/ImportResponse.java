package se.samsyn.statistics.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an import stored. {@code alreadyImported}: the same file was imported before, nothing changed. {@code replaced}:
 * values of the same periods that a corrected police file replaced. {@code from}/{@code to}: the periods it covers.
 */
record ImportResponse(@Nullable UUID importId, boolean alreadyImported, int values, int replaced,
        @Nullable LocalDate from, @Nullable LocalDate to) {}
