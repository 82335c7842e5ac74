package se.samsyn.statistics;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One period of a series. {@code denominator} is the population a rate was computed on (for Brå rates derived from
 * the count and the rate), or the number of respondents for a survey value, when known.
 */
public record SeriesValue(SeriesId series, LocalDate periodStart, String period, double value,
        @Nullable Double denominator, boolean preliminary) {}
