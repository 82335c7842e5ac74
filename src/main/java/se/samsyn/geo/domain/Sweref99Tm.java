package se.samsyn.geo.domain;

/**
 * WGS84 ↔ SWEREF 99 TM (EPSG:3006) with Lantmäteriet's Gauss–Krüger formulas (GRS 80, central meridian 15°,
 * scale 0.9996, false easting 500 000 m). Accurate to well below a millimetre inside Sweden.
 */
public final class Sweref99Tm {

    private static final double A = 6378137.0;
    private static final double F = 1.0 / 298.257222101;
    private static final double LAMBDA0 = Math.toRadians(15.0);
    private static final double K0 = 0.9996;
    private static final double FN = 0.0;
    private static final double FE = 500000.0;

    private static final double E2 = F * (2 - F);
    private static final double N = F / (2 - F);
    private static final double A_HAT = A / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);

    private Sweref99Tm() {}

    /** Returns {easting, northing} in metres. */
    public static double[] project(double latDeg, double lonDeg) {
        double a = E2;
        double b = (5 * E2 * E2 - E2 * E2 * E2) / 6.0;
        double c = (104 * Math.pow(E2, 3) - 45 * Math.pow(E2, 4)) / 120.0;
        double d = (1237 * Math.pow(E2, 4)) / 1260.0;
        double beta1 = N / 2 - 2 * N * N / 3 + 5 * Math.pow(N, 3) / 16 + 41 * Math.pow(N, 4) / 180;
        double beta2 = 13 * N * N / 48 - 3 * Math.pow(N, 3) / 5 + 557 * Math.pow(N, 4) / 1440;
        double beta3 = 61 * Math.pow(N, 3) / 240 - 103 * Math.pow(N, 4) / 140;
        double beta4 = 49561 * Math.pow(N, 4) / 161280;

        double phi = Math.toRadians(latDeg);
        double lambda = Math.toRadians(lonDeg);
        double s = Math.sin(phi);
        double phiStar = phi - s * Math.cos(phi) * (a + b * s * s + c * Math.pow(s, 4) + d * Math.pow(s, 6));
        double dLambda = lambda - LAMBDA0;
        double xiP = Math.atan(Math.tan(phiStar) / Math.cos(dLambda));
        double etaP = atanh(Math.cos(phiStar) * Math.sin(dLambda));
        double x = K0 * A_HAT * (xiP
                + beta1 * Math.sin(2 * xiP) * Math.cosh(2 * etaP)
                + beta2 * Math.sin(4 * xiP) * Math.cosh(4 * etaP)
                + beta3 * Math.sin(6 * xiP) * Math.cosh(6 * etaP)
                + beta4 * Math.sin(8 * xiP) * Math.cosh(8 * etaP)) + FN;
        double y = K0 * A_HAT * (etaP
                + beta1 * Math.cos(2 * xiP) * Math.sinh(2 * etaP)
                + beta2 * Math.cos(4 * xiP) * Math.sinh(4 * etaP)
                + beta3 * Math.cos(6 * xiP) * Math.sinh(6 * etaP)
                + beta4 * Math.cos(8 * xiP) * Math.sinh(8 * etaP)) + FE;
        return new double[] {y, x};
    }

    /** Returns {lat, lon} in degrees. */
    public static double[] unproject(double easting, double northing) {
        double delta1 = N / 2 - 2 * N * N / 3 + 37 * Math.pow(N, 3) / 96 - Math.pow(N, 4) / 360;
        double delta2 = N * N / 48 + Math.pow(N, 3) / 15 - 437 * Math.pow(N, 4) / 1440;
        double delta3 = 17 * Math.pow(N, 3) / 480 - 37 * Math.pow(N, 4) / 840;
        double delta4 = 4397 * Math.pow(N, 4) / 161280;
        double aStar = E2 + E2 * E2 + Math.pow(E2, 3) + Math.pow(E2, 4);
        double bStar = -(7 * E2 * E2 + 17 * Math.pow(E2, 3) + 30 * Math.pow(E2, 4)) / 6;
        double cStar = (224 * Math.pow(E2, 3) + 889 * Math.pow(E2, 4)) / 120;
        double dStar = -(4279 * Math.pow(E2, 4)) / 1260;

        double xi = (northing - FN) / (K0 * A_HAT);
        double eta = (easting - FE) / (K0 * A_HAT);
        double xiP = xi
                - delta1 * Math.sin(2 * xi) * Math.cosh(2 * eta)
                - delta2 * Math.sin(4 * xi) * Math.cosh(4 * eta)
                - delta3 * Math.sin(6 * xi) * Math.cosh(6 * eta)
                - delta4 * Math.sin(8 * xi) * Math.cosh(8 * eta);
        double etaP = eta
                - delta1 * Math.cos(2 * xi) * Math.sinh(2 * eta)
                - delta2 * Math.cos(4 * xi) * Math.sinh(4 * eta)
                - delta3 * Math.cos(6 * xi) * Math.sinh(6 * eta)
                - delta4 * Math.cos(8 * xi) * Math.sinh(8 * eta);
        double phiStar = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
        double dLambda = Math.atan(Math.sinh(etaP) / Math.cos(xiP));
        double s = Math.sin(phiStar);
        double phi = phiStar + s * Math.cos(phiStar)
                * (aStar + bStar * s * s + cStar * Math.pow(s, 4) + dStar * Math.pow(s, 6));
        return new double[] {Math.toDegrees(phi), Math.toDegrees(LAMBDA0 + dLambda)};
    }

    private static double atanh(double v) {
        return 0.5 * Math.log((1 + v) / (1 - v));
    }
}
