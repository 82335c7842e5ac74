package se.samsyn.situation.domain;

import java.util.List;

/**
 * Getis-Ord Gi* (Getis and Ord 1992; Ord and Getis 1995) with binary weights: each feature's neighbourhood includes
 * itself. For feature i with neighbourhood N(i) (|N(i)| = w), n features, mean x̄ and S = sqrt(Σx²/n − x̄²):
 * Gi* = (Σ_{j∈N(i)} x_j − x̄·w) / (S · sqrt((n·w − w²)/(n − 1))). Under the null hypothesis of no spatial clustering
 * Gi* is approximately standard normal.
 */
final class GetisOrd {

    private GetisOrd() {}

    /**
     * z-scores for each feature. {@code neighbours.get(i)} lists the indices of i's neighbours including i itself. When
     * every value is the same (S = 0) or there are fewer than 3 features, every z-score is 0.
     */
    static double[] giStar(double[] values, List<int[]> neighbours) {
        int n = values.length;
        double[] z = new double[n];
        if (n < 3) {
            return z;
        }
        double sum = 0;
        double sumSquares = 0;
        for (double v : values) {
            sum += v;
            sumSquares += v * v;
        }
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        if (variance <= 1e-12) {
            return z;
        }
        double s = Math.sqrt(variance);
        for (int i = 0; i < n; i++) {
            int[] hood = neighbours.get(i);
            double local = 0;
            for (int j : hood) {
                local += values[j];
            }
            double w = hood.length;
            double denominator = s * Math.sqrt((n * w - w * w) / (n - 1));
            z[i] = denominator == 0 ? 0 : (local - mean * w) / denominator;
        }
        return z;
    }
}
