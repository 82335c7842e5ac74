package se.samsyn.geo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GeoJsonAreaReaderTest {

    /** A small square in central Lund, lon/lat. */
    static final String LUND = "[[[13.19,55.70],[13.20,55.70],[13.20,55.71],[13.19,55.71],[13.19,55.70]]]";

    static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    static String polygon(String coordinates) {
        return "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
    }

    static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static AreaFileProblem problemReading(byte[] bytes) {
        return catchThrowableOfType(AreaFileProblem.class, () -> GeoJsonAreaReader.read(bytes, null, null, null, null));
    }

    @Test
    void readsAPolygonFeatureWithItsNameAndCode() {
        var features = GeoJsonAreaReader.read(collection(feature("{\"name\":\"Lund C\",\"code\":\"L1\"}", polygon(LUND))),
                null, null, null, null);

        assertThat(features).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Lund C");
            assertThat(f.code()).isEqualTo("L1");
            assertThat(f.geometry().getGeometryType()).isEqualTo("Polygon");
        });
    }

    @Test
    void malformedJsonIsRefusedAsNotJson() {
        var problem = problemReading("{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.notJson");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThat(problemReading(new byte[0]).messageKey()).isEqualTo("geo.import.error.empty");
    }

    @Test
    void aBareGeometryIsNotAFeatureCollection() {
        var problem = problemReading(polygon(LUND).getBytes(StandardCharsets.UTF_8));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.notFeatureCollection");
    }

    @Test
    void aFeatureCollectionWithoutAFeatureArrayIsNotAFeatureCollection() {
        var problem = problemReading("{\"type\":\"FeatureCollection\",\"features\":{}}".getBytes(StandardCharsets.UTF_8));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.notFeatureCollection");
    }

    @Test
    void aCollectionWithoutFeaturesIsRefused() {
        assertThat(problemReading(collection()).messageKey()).isEqualTo("geo.import.error.noFeatures");
    }

    @Test
    void aPointFeatureIsNotAPolygon() {
        var problem = problemReading(collection(feature("{\"name\":\"Domkyrkan\"}",
                "{\"type\":\"Point\",\"coordinates\":[13.1934,55.7047]}")));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.notPolygon");
        assertThat(problem.arguments()).containsExactly(1, "Point");
    }

    @Test
    void latitudeAndLongitudeSwappedIsReportedAsWrongCoordinateOrder() {
        String swapped = "[[[55.70,13.19],[55.70,13.20],[55.71,13.20],[55.71,13.19],[55.70,13.19]]]";

        var problem = problemReading(collection(feature("{\"name\":\"Lund C\"}", polygon(LUND)),
                feature("{\"name\":\"Bakvänd\"}", polygon(swapped))));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.axisOrder");
        assertThat(problem.arguments()).containsExactly(2);
    }

    @Test
    void coordinatesOutsideSwedenEitherWayAreReportedAsOutsideSweden() {
        String paris = "[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.86],[2.35,48.85]]]";

        var problem = problemReading(collection(feature("{\"name\":\"Paris\"}", polygon(paris))));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.outsideSweden");
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedWithWhereItCrosses() {
        String bowTie = "[[[13.19,55.70],[13.20,55.71],[13.20,55.70],[13.19,55.71],[13.19,55.70]]]";

        var problem = problemReading(collection(feature("{\"name\":\"Fluga\"}", polygon(bowTie))));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.selfIntersection");
        assertThat(problem.arguments()).containsExactly(1, "55.70500, 13.19500");
    }

    @Test
    void anUnclosedRingIsRefusedAsNotClosed() {
        String open = "[[[13.19,55.70],[13.20,55.70],[13.20,55.71],[13.19,55.71]]]";

        var problem = problemReading(collection(feature("{\"name\":\"Öppen\"}", polygon(open))));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.ringNotClosed");
        assertThat(problem.arguments()).containsExactly(1);
    }

    @Test
    void anUnclosedRingInAMultiPolygonIsRefusedAsNotClosed() {
        String open = "[[[[13.19,55.70],[13.20,55.70],[13.20,55.71],[13.19,55.71]]]]";

        var problem = problemReading(collection(feature("{\"name\":\"Öppen\"}",
                "{\"type\":\"MultiPolygon\",\"coordinates\":" + open + "}")));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.ringNotClosed");
    }

    @Test
    void aRingOfThreePointsIsRefused() {
        String line = "[[[13.19,55.70],[13.20,55.70],[13.19,55.70]]]";

        var problem = problemReading(collection(feature("{\"name\":\"Streck\"}", polygon(line))));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.tooFewPoints");
    }

    @Test
    void aFeatureWithoutGeometryIsRefused() {
        var problem = problemReading(collection(feature("{\"name\":\"Tom\"}", "null")));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.missingGeometry");
    }

    @Test
    void aFeatureWithoutANamePropertyIsRefusedWithItsNumber() {
        var problem = problemReading(collection(feature("{\"name\":\"Lund C\"}", polygon(LUND)),
                feature("{\"kod\":\"X\"}", polygon(LUND))));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.missingName");
        assertThat(problem.arguments()).containsExactly(2);
    }

    @Test
    void aChosenNamePropertyThatIsMissingIsRefused() {
        var problem = catchThrowableOfType(AreaFileProblem.class, () -> GeoJsonAreaReader.read(
                collection(feature("{\"name\":\"Lund C\"}", polygon(LUND))), "omr_namn", null, null, null));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.missingName");
    }

    @Test
    void aFileOverTheConfiguredLimitIsRefusedBeforeItIsParsed() {
        byte[] bytes = collection(feature("{\"name\":\"Lund C\"}", polygon(LUND)));

        var problem = catchThrowableOfType(AreaFileProblem.class,
                () -> GeoJsonAreaReader.read(bytes, null, null, null, null, bytes.length - 1));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.tooLarge");
        assertThat(GeoJsonAreaReader.read(bytes, null, null, null, null, bytes.length)).hasSize(1);
    }

    @Test
    void aFileOverTheDefaultFiftyMegabytesIsRefused() {
        byte[] huge = new byte[GeoJsonAreaReader.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        var problem = problemReading(huge);

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.tooLarge");
        assertThat(problem.arguments()).containsExactly(50L);
    }

    @Test
    void twoFeaturesWithTheSameCodeAreRefused() {
        var problem = problemReading(collection(feature("{\"name\":\"A\",\"code\":\"7\"}", polygon(LUND)),
                feature("{\"name\":\"B\",\"code\":\"8\"}", polygon(LUND)),
                feature("{\"name\":\"C\",\"code\":\"7\"}", polygon(LUND))));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.duplicateCode");
        assertThat(problem.arguments()).containsExactly("7", 1, 3);
    }

    @Test
    void numericCodesAreReadAsText() {
        var features = GeoJsonAreaReader.read(collection(feature("{\"omr_namn\":\"Upplands Väsby\",\"omr_kod\":114}",
                polygon(LUND))), null, null, null, null);

        assertThat(features.get(0).code()).isEqualTo("114");
    }

    @Test
    void aFilterKeepsOnlyMatchingFeaturesAndSaysSoWhenNothingMatches() {
        byte[] bytes = collection(feature("{\"name\":\"A\",\"lan\":\"12\"}", polygon(LUND)),
                feature("{\"name\":\"B\",\"lan\":\"01\"}", polygon(LUND)));

        assertThat(GeoJsonAreaReader.read(bytes, null, null, "lan", "12")).extracting(AreaFeature::name).containsExactly("A");
        var problem = catchThrowableOfType(AreaFileProblem.class, () -> GeoJsonAreaReader.read(bytes, null, null, "lan", "99"));
        assertThat(problem.messageKey()).isEqualTo("geo.import.error.filterMatchedNothing");
    }

    @Test
    void everyProblemKeyHasASwedishAndAnEnglishMessage() throws Exception {
        var sv = new java.util.Properties();
        var en = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/geo.properties");
                var inEn = getClass().getResourceAsStream("/i18n/geo_en.properties")) {
            sv.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(inEn, StandardCharsets.UTF_8));
        }
        for (String key : new String[] {"notJson", "empty", "notFeatureCollection", "noFeatures", "notPolygon", "axisOrder",
                "outsideSweden", "selfIntersection", "ringNotClosed", "tooFewPoints", "missingGeometry", "missingName",
                "tooLarge", "duplicateCode", "filterMatchedNothing"}) {
            assertThat(sv).containsKey("geo.import.error." + key);
            assertThat(en).containsKey("geo.import.error." + key);
        }
        assertThat(sv.getProperty("geo.import.error.axisOrder")).contains("omvänd ordning");
    }
}
