package se.samsyn.statistics.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A survey round with its programme, for the surveys page. {@code costShares} reads "Kommunen 50 %, Polisen 50 %". */
public record SurveyRound(UUID id, String programme, @Nullable Integer year, @Nullable LocalDate fieldStart,
        @Nullable LocalDate fieldEnd, @Nullable Integer sample, @Nullable Integer responses, @Nullable Double responseRate,
        String costShares, int results) {}
