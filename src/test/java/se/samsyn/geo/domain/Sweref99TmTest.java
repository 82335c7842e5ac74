package se.samsyn.geo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lantmäteriet, Informationsförsörjning Geodesi, "Kontrollpunkter för SWEREF 99 TM" (2007-11-20): geodetic SWEREF 99
 * latitude/longitude in whole degrees and minutes and their SWEREF 99 TM northing/easting to the millimetre.
 */
class Sweref99TmTest {

    static final double ONE_MILLIMETRE = 0.001;
    /** About 1 mm on the ground, in degrees of latitude. */
    static final double ONE_MILLIMETRE_IN_DEGREES = 1e-8;

    static Stream<Arguments> controlPoints() {
        return Stream.of(
                point(55, 0, 12, 45, 6097106.672, 356083.438),
                point(55, 0, 14, 15, 6095048.642, 452024.069),
                point(57, 0, 12, 45, 6319636.937, 363331.554),
                point(57, 0, 19, 30, 6326392.707, 773251.054),
                point(59, 0, 11, 15, 6546096.724, 284626.066),
                point(59, 0, 19, 30, 6548757.206, 758410.519),
                point(61, 0, 12, 45, 6764877.311, 378323.440),
                point(61, 0, 18, 45, 6768593.345, 702745.127),
                point(63, 0, 12, 0, 6989134.048, 348083.148),
                point(63, 0, 19, 30, 6993565.630, 727798.671),
                point(65, 0, 13, 30, 7209293.753, 429270.201),
                point(65, 0, 21, 45, 7225449.115, 817833.405),
                point(67, 0, 16, 30, 7432168.174, 565398.458),
                point(67, 0, 24, 0, 7459745.672, 891298.142),
                point(69, 0, 21, 0, 7666089.698, 739639.195));
    }

    static Arguments point(int latDeg, int latMin, int lonDeg, int lonMin, double northing, double easting) {
        return Arguments.of(latDeg + latMin / 60.0, lonDeg + lonMin / 60.0, northing, easting);
    }

    @ParameterizedTest(name = "{0}° N {1}° E projects to N {2} E {3}")
    @MethodSource("controlPoints")
    void projectsLantmaterietsControlPointsToTheMillimetre(double lat, double lon, double northing, double easting) {
        double[] en = Sweref99Tm.project(lat, lon);

        assertThat(en[0]).as("easting").isCloseTo(easting, within(ONE_MILLIMETRE));
        assertThat(en[1]).as("northing").isCloseTo(northing, within(ONE_MILLIMETRE));
    }

    @ParameterizedTest(name = "N {2} E {3} unprojects to {0}° N {1}° E")
    @MethodSource("controlPoints")
    void unprojectsLantmaterietsControlPointsToTheMillimetre(double lat, double lon, double northing, double easting) {
        double[] latLon = Sweref99Tm.unproject(easting, northing);

        assertThat(latLon[0]).as("latitude").isCloseTo(lat, within(ONE_MILLIMETRE_IN_DEGREES));
        assertThat(latLon[1]).as("longitude").isCloseTo(lon, within(2 * ONE_MILLIMETRE_IN_DEGREES));
    }

    @ParameterizedTest(name = "{0}° N {1}° E survives a round trip")
    @MethodSource("controlPoints")
    void roundTripReturnsThePointWithinAMillimetre(double lat, double lon, double northing, double easting) {
        double[] en = Sweref99Tm.project(lat, lon);
        double[] back = Sweref99Tm.project(Sweref99Tm.unproject(en[0], en[1])[0], Sweref99Tm.unproject(en[0], en[1])[1]);

        assertThat(back[0]).isCloseTo(en[0], within(ONE_MILLIMETRE));
        assertThat(back[1]).isCloseTo(en[1], within(ONE_MILLIMETRE));
    }

    @ParameterizedTest(name = "latitude {0} on the central meridian has false easting")
    @MethodSource("controlPoints")
    void theCentralMeridianHasTheFalseEasting(double lat, double lon, double northing, double easting) {
        assertThat(Sweref99Tm.project(lat, 15.0)[0]).isCloseTo(500_000.0, within(ONE_MILLIMETRE));
    }
}
