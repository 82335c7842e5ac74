package se.samsyn.situation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.situation.SituationPicture;
import se.samsyn.situation.SituationPicture.Mismatch;

/**
 * Perceived vs reported, a screening rule rather than a test. An area <em>feels unsafe</em> when its survey index is at or
 * above the median of the areas that have one, or when citizens marked it at least 3 times and at least as often as EST
 * reporters reported there. It <em>feels safe</em> when its index is below that median and no citizen marked it. It has
 * <em>few reports</em> when its EST reports per km² are at or below the median of the areas, <em>many</em> when above
 * the median and at least 5. Without an index and without citizen marks the answer is unknown.
 */
final class Perception {

    private Perception() {}

    static List<SituationPicture.PerceivedVsReported> classify(List<AreaSummary> areas, List<ObservedIncident> reports,
            List<ObservedIncident> citizen, Map<AreaId, double[]> indexSums, Map<AreaId, String> indexPeriods) {
        List<double[]> rows = new ArrayList<>();
        for (AreaSummary a : areas) {
            long r = reports.stream().filter(o -> o.areaIds().contains(a.id())).count();
            long c = citizen.stream().filter(o -> o.areaIds().contains(a.id())).count();
            double[] sum = indexSums.get(a.id());
            rows.add(new double[] {r, a.areaKm2() > 0 ? r / a.areaKm2() : r, c, sum == null ? Double.NaN : sum[0] / sum[1]});
        }
        double medianIndex = median(rows.stream().mapToDouble(x -> x[3]).filter(v -> !Double.isNaN(v)).toArray());
        double medianDensity = median(rows.stream().mapToDouble(x -> x[1]).toArray());
        List<SituationPicture.PerceivedVsReported> result = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            AreaSummary a = areas.get(i);
            double[] row = rows.get(i);
            boolean hasIndex = !Double.isNaN(row[3]);
            boolean marked = row[2] >= 3 && row[2] >= row[0];
            boolean unsafe = (hasIndex && !Double.isNaN(medianIndex) && row[3] >= medianIndex) || marked;
            boolean safe = hasIndex && !Double.isNaN(medianIndex) && row[3] < medianIndex && row[2] == 0;
            boolean few = row[1] <= medianDensity;
            boolean many = row[1] > medianDensity && row[0] >= SituationPicture.SMALL;
            Mismatch mismatch = !hasIndex && row[2] == 0 ? Mismatch.UNKNOWN
                    : unsafe && few ? Mismatch.FEELS_UNSAFE_FEW_REPORTS
                    : safe && many ? Mismatch.MANY_REPORTS_FEELS_SAFE : Mismatch.NONE;
            @Nullable Double index = hasIndex ? Math.round(row[3] * 100) / 100.0 : null;
            result.add(new SituationPicture.PerceivedVsReported(a.id(), a.name(), (long) row[0],
                    Math.round(row[1] * 100) / 100.0, (long) row[2], index, indexPeriods.get(a.id()), mismatch));
        }
        return result;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static final int PLACE_MARKS = 3;

    /**
     * Places: cells with at least {@link #PLACE_MARKS} citizen marks and at most one EST observation in the cell and its
     * neighbours feel unsafe with few reports; hotspot cells ({@code hotCells}) without any citizen mark nearby have many
     * reports but nobody marked them, listed only when citizens marked something somewhere in the period.
     */
    static List<SituationPicture.PerceivedPlace> places(List<ObservedIncident> reports, List<ObservedIncident> citizen,
            java.util.Set<Long> hotCells) {
        Map<Long, Long> marks = new java.util.HashMap<>();
        citizen.stream().filter(o -> o.h3r9() != null).forEach(o -> marks.merge(o.h3r9(), 1L, Long::sum));
        Map<Long, Long> observed = new java.util.HashMap<>();
        reports.stream().filter(o -> o.h3r9() != null).forEach(o -> observed.merge(o.h3r9(), 1L, Long::sum));
        List<SituationPicture.PerceivedPlace> result = new ArrayList<>();
        marks.forEach((cell, count) -> {
            if (count >= PLACE_MARKS) {
                long nearby = around(observed, cell);
                result.add(place(cell, count, nearby, nearby <= 1 ? Mismatch.FEELS_UNSAFE_FEW_REPORTS : Mismatch.NONE));
            }
        });
        if (!marks.isEmpty()) {
            for (long cell : hotCells) {
                if (around(marks, cell) == 0 && observed.getOrDefault(cell, 0L) >= SituationPicture.SMALL) {
                    result.add(place(cell, 0, around(observed, cell), Mismatch.MANY_REPORTS_FEELS_SAFE));
                }
            }
        }
        result.sort(java.util.Comparator.comparing(SituationPicture.PerceivedPlace::mismatch)
                .thenComparing(p -> -p.citizenMarks()).thenComparing(SituationPicture.PerceivedPlace::cell));
        return result;
    }

    private static long around(Map<Long, Long> counts, long cell) {
        return HexGrid.disk(cell).stream().mapToLong(c -> counts.getOrDefault(c, 0L)).sum();
    }

    private static SituationPicture.PerceivedPlace place(long cell, long marks, long nearby, Mismatch mismatch) {
        var centre = HexGrid.h3().cellToLatLng(cell);
        return new SituationPicture.PerceivedPlace(HexGrid.name(cell), Math.round(centre.lat * 1e5) / 1e5,
                Math.round(centre.lng * 1e5) / 1e5, marks, nearby, mismatch);
    }
}
