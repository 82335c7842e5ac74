package se.samsyn.situation.domain;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<Pair> pairs = new ArrayList<>();
        for (AreaSummary area : areas) {
            for (String code : codes) {
                long c = current.stream().filter(o -> o.areaIds().contains(area.id()) && o.categoryCodes().contains(code)).count();
                long b = before.stream().filter(o -> o.areaIds().contains(area.id()) && o.categoryCodes().contains(code)).count();
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
}
