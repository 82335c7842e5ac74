package se.samsyn.statistics.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samsyn.statistics.NewSeries;

/** One value read from a file, before it is stored: the series it belongs to, its period and the value. */
record DataPoint(NewSeries series, LocalDate periodStart, double value, @Nullable Double denominator, boolean preliminary) {}
