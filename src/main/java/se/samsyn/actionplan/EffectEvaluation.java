package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Effektutvärdering of a measure tied to areas: EST observations before and after the measure started, in the target
 * areas, in comparison areas chosen by the user and in neighbouring areas (displacement check). {@code relativeEffect}
 * is (after/before in the target) ÷ (after/before in the comparison areas): below 1 means the target improved more than
 * the comparison. {@code displacement} is the same ratio for the neighbouring areas: above 1 hints that the problem
 * moved next door. Either is null when a before count is zero.
 */
public record EffectEvaluation(LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo,
        Counts target, Counts comparison, Counts neighbours, @Nullable Double relativeEffect,
        @Nullable Double displacement, List<String> targetAreas, List<String> comparisonAreas,
        List<String> neighbourAreas) {

    /** Observations before and after, and the change in percent (null when there were none before). */
    public record Counts(long before, long after, @Nullable Double changePercent) {

        public static Counts of(long before, long after) {
            return new Counts(before, after, before == 0 ? null : (after - before) * 100.0 / before);
        }
    }
}
