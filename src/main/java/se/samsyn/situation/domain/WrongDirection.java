package se.samsyn.situation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.samsyn.geo.AreaSummary;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.situation.SituationPeriod;
import se.samsyn.situation.SituationPicture;

/**
 * "Utvecklas i fel riktning": for every area × category, the count in the period against the four periods before it
 * (exact conditional test of equal rates, exposure = days). p-values of all pairs are corrected together with
 * Benjamini–Hochberg; pairs that rose are listed, the significant ones first.
 */
final class WrongDirection {

    static final int LIMIT = 20;
    static final double Q = 0.05;

    private WrongDirection() {}

    /** {@code exposureDays}: the days of the period that have passed (all of them once it has ended). */
    static List<SituationPicture.Rising> find(List<ObservedIncident> all, SituationPeriod period, long exposureDays,
            List<SituationPeriod> baseline, List<AreaSummary> areas, Map<String, String> categoryNames) {
        List<ObservedIncident> current = SituationService.within(all, period);
        List<ObservedIncident> before = new ArrayList<>();
        long baselineDays = 0;
        for (SituationPeriod p : baseline) {
            before.addAll(SituationService.within(all, p));
            baselineDays += p.days();
        }
        if (baseline.isEmpty()) {
            return List.of(); // no reference period with data: nothing can be said to rise
        }
        Set<String> codes = new TreeSet<>();
        current.forEach(o -> codes.addAll(o.categoryCodes()));
        record Pair(AreaSummary area, String code, long current, long baseline, double expected, double p) {}
        // One pass over the observations (area × category counts), not one pass per pair: a kommun-year with 200 000
        // observations, 50 areas and 30 categories would otherwise take minutes (docs/benchmarks.md).
        Map<String, long[]> counts = new HashMap<>();
        count(current, codes, counts, 0);
        count(before, codes, counts, 1);
        List<Pair> pairs = new ArrayList<>();
        for (AreaSummary area : areas) {
            for (String code : codes) {
                long[] cb = counts.getOrDefault(area.id().value() + "|" + code, NONE);
                long c = cb[0];
                long b = cb[1];
                if (c + b == 0) {
                    continue;
                }
                double expected = b * (double) exposureDays / baselineDays;
                pairs.add(new Pair(area, code, c, b, expected, RateComparison.pValue(c, exposureDays, b, baselineDays)));
            }
        }
        double[] q = FalseDiscovery.adjust(pairs.stream().mapToDouble(Pair::p).toArray());
        List<SituationPicture.Rising> rising = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            if (pair.current() > pair.expected()) {
                rising.add(new SituationPicture.Rising(pair.area().id(), pair.area().name(), pair.code(),
                        categoryNames.getOrDefault(pair.code(), pair.code()), pair.current(), pair.baseline(),
                        Math.round(pair.expected() * 10) / 10.0, pair.p(), q[i], q[i] < Q));
            }
        }
        rising.sort(Comparator.comparing((SituationPicture.Rising r) -> !r.significant())
                .thenComparingDouble(SituationPicture.Rising::pValue)
                .thenComparing(r -> -r.current()));
        return rising.stream().limit(LIMIT).toList();
    }

    private static final long[] NONE = {0, 0};

    private static void count(List<ObservedIncident> observations, Set<String> codes, Map<String, long[]> counts,
            int slot) {
        for (ObservedIncident o : observations) {
            for (var area : o.areaIds()) {
                for (String code : o.categoryCodes()) {
                    if (codes.contains(code)) {
                        counts.computeIfAbsent(area.value() + "|" + code, k -> new long[2])[slot]++;
                    }
                }
            }
        }
    }
}
