package se.samsyn.situation.domain;

/**
 * Did the rate of events change between two periods? The exact conditional test for two Poisson counts: given the total
 * n = current + reference, under "same rate" the current count is binomial(n, p) with p = current exposure / total
 * exposure (exposure = length of each period). Two-sided p-value = twice the smaller tail, capped at 1.
 */
final class RateComparison {

    static final double ALPHA = 0.05;

    private RateComparison() {}

    /** Two-sided p-value for observing {@code current} events in {@code currentExposure} against {@code reference} in {@code referenceExposure}. */
    static double pValue(long current, double currentExposure, long reference, double referenceExposure) {
        if (current < 0 || reference < 0 || currentExposure <= 0 || referenceExposure <= 0) {
            throw new IllegalArgumentException("counts must be >= 0 and exposures > 0");
        }
        long n = current + reference;
        if (n == 0) {
            return 1.0;
        }
        double p = currentExposure / (currentExposure + referenceExposure);
        double lower = binomialCdf(current, n, p);
        double upper = binomialUpper(current, n, p);
        return Math.min(1.0, 2 * Math.min(lower, upper));
    }

    /** P(X ≥ k), summed over its own terms so that tiny tails do not vanish in 1 − (1 − ε). */
    static double binomialUpper(long k, long n, double p) {
        if (k <= 0) {
            return 1;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double sum = 0;
        double logCoefficient = 0;
        for (long i = 0; i <= n; i++) {
            if (i > 0) {
                logCoefficient += Math.log((double) (n - i + 1) / i);
            }
            if (i >= k) {
                sum += Math.exp(logCoefficient + i * logP + (n - i) * logQ);
            }
        }
        return Math.min(1.0, sum);
    }

    /** P(X ≤ k) for X ~ binomial(n, p), summed in log space so that large n neither overflows nor underflows. */
    static double binomialCdf(long k, long n, double p) {
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double sum = 0;
        double logCoefficient = 0; // log C(n, 0)
        for (long i = 0; i <= k; i++) {
            if (i > 0) {
                logCoefficient += Math.log((double) (n - i + 1) / i);
            }
            sum += Math.exp(logCoefficient + i * logP + (n - i) * logQ);
        }
        return Math.min(1.0, sum);
    }
}
