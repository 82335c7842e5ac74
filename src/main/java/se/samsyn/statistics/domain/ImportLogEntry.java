package se.samsyn.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the import log: who imported which file when, covering which periods, with how many rows. */
public record ImportLogEntry(UUID id, ImportKind kind, String fileName, String sha256, @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo, int rows, int values, int replaced, UUID importedBy, Instant importedAt) {}
