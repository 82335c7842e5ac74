package se.samsyn.situation.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.situation.SituationPicture;
import tools.jackson.databind.JsonNode;

/**
 * Gi* hotspots on the H3 resolution-9 grid. Study region: every cell whose centre lies inside one of the areas shown,
 * plus every cell that holds an observation (areas are assigned by point-in-polygon, so an observation near the edge can
 * sit in a cell whose centre is just outside). Neighbourhood: gridDisk(k = 1) restricted to the study region, the cell
 * itself included. p-values are two-sided from the normal distribution and corrected with Benjamini–Hochberg.
 */
final class Hotspots {

    private Hotspots() {}

    static SituationPicture.Hotspots analyse(List<ObservedIncident> observations, List<JsonNode> areaGeometries,
            boolean countsOfAnySize) {
        Map<Long, Long> counts = new HashMap<>();
        observations.stream().filter(o -> o.h3r9() != null).forEach(o -> counts.merge(o.h3r9(), 1L, Long::sum));
        long withPoint = counts.values().stream().mapToLong(Long::longValue).sum();
        Set<Long> region = new HashSet<>(counts.keySet());
        for (JsonNode geometry : areaGeometries) {
            region.addAll(HexGrid.cover(geometry, HexGrid.RESOLUTION));
            if (region.size() > SituationService.MAX_STUDY_CELLS) {
                return new SituationPicture.Hotspots(false, "situation.hotspots.regionTooLarge", region.size(), withPoint,
                        0, 0, hexagons(counts, Map.of(), countsOfAnySize));
            }
        }
        if (withPoint < SituationService.HOTSPOT_MINIMUM || region.size() < 3) {
            return new SituationPicture.Hotspots(false, "situation.hotspots.tooFew", region.size(), withPoint, 0, 0,
                    hexagons(counts, Map.of(), countsOfAnySize));
        }
        List<Long> cells = new ArrayList<>(region);
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            index.put(cells.get(i), i);
        }
        double[] values = new double[cells.size()];
        List<int[]> neighbours = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            values[i] = counts.getOrDefault(cells.get(i), 0L);
            neighbours.add(HexGrid.disk(cells.get(i)).stream().filter(index::containsKey).mapToInt(index::get).toArray());
        }
        double[] z = GetisOrd.giStar(values, neighbours);
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = Normal.twoSided(z[i]);
        }
        double[] q = FalseDiscovery.adjust(p);
        Map<Long, double[]> results = new HashMap<>();
        int hot = 0;
        int cold = 0;
        for (int i = 0; i < cells.size(); i++) {
            int bin = bin(z[i], q[i]);
            if (bin > 0) {
                hot++;
            } else if (bin < 0) {
                cold++;
            }
            results.put(cells.get(i), new double[] {z[i], p[i], q[i], bin});
        }
        return new SituationPicture.Hotspots(true, null, cells.size(), withPoint, hot, cold,
                hexagons(counts, results, countsOfAnySize));
    }

    /** ±3/±2/±1 when the FDR-adjusted p-value is at most 0.01/0.05/0.10, signed by the z-score. */
    static int bin(double z, double q) {
        int level = q <= 0.01 ? 3 : q <= 0.05 ? 2 : q <= 0.10 ? 1 : 0;
        return z >= 0 ? level : -level;
    }

    /** Cells with observations, and cells with a significant result (cold spots can have none). */
    private static List<SituationPicture.Hexagon> hexagons(Map<Long, Long> counts, Map<Long, double[]> results,
            boolean countsOfAnySize) {
        Set<Long> shown = new HashSet<>(counts.keySet());
        results.forEach((cell, r) -> {
            if (r[3] != 0) {
                shown.add(cell);
            }
        });
        List<SituationPicture.Hexagon> hexagons = new ArrayList<>();
        for (long cell : shown) {
            long count = counts.getOrDefault(cell, 0L);
            double[] r = results.getOrDefault(cell, new double[] {0, 1, 1, 0});
            boolean suppressed = !countsOfAnySize && count > 0 && count < SituationService.SUPPRESS_BELOW;
            if (suppressed && r[3] == 0) {
                continue;
            }
            hexagons.add(new SituationPicture.Hexagon(HexGrid.name(cell), suppressed ? null : count, r[0], r[1], r[2],
                    (int) r[3], HexGrid.boundary(cell)));
        }
        hexagons.sort(java.util.Comparator.comparing(SituationPicture.Hexagon::cell));
        return hexagons;
    }
}
