package se.samsyn.situation.domain;

import java.util.Arrays;
import java.util.Comparator;

/** Benjamini–Hochberg: adjusted p-values (q-values) controlling the false discovery rate across many tests. */
final class FalseDiscovery {

    private FalseDiscovery() {}

    /** q_i = min over j ≥ rank(i) of p_(j) · m / j, capped at 1; a test is a discovery at level α when q ≤ α. */
    static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, pValues[i] * m / rank);
            q[i] = Math.min(1.0, running);
        }
        return q;
    }
}
