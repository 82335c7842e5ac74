package se.samsyn.situation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lägesbild's statistics against hand-computed and published reference values. */
class SituationStatisticsTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /**
     * Five cells in a row, x = 10, 8, 2, 1, 0, each cell's neighbours the cells beside it plus itself. By hand: n = 5,
     * mean 4.2, S² = 169/5 − 4.2² = 16.16. Cell 0: Σ = 18, w = 2, (18 − 8.4) / (√16.16 · √((10 − 4)/4)) = 1.94987.
     * Cell 1: Σ = 20, w = 3, (20 − 12.6) / (√16.16 · √((15 − 9)/4)) = 1.50302. Cell 2: Σ = 11, (11 − 12.6) / 4.92341 ...
     */
    @Test
    void giStarMatchesAHandComputedLineOfFiveCells() {
        double[] x = {10, 8, 2, 1, 0};
        List<int[]> neighbours = List.of(new int[] {0, 1}, new int[] {0, 1, 2}, new int[] {1, 2, 3}, new int[] {2, 3, 4},
                new int[] {3, 4});
        double[] z = GetisOrd.giStar(x, neighbours);
        assertThat(z[0]).isCloseTo(1.94987, within(1e-5));
        assertThat(z[1]).isCloseTo(1.50302, within(1e-5));
        assertThat(z[2]).isCloseTo(-0.32498, within(1e-5));
        assertThat(z[3]).isCloseTo(-1.94987, within(1e-5));
        assertThat(z[4]).isCloseTo(-1.50302, within(1e-5));
    }

    @Test
    void giStarIsZeroEverywhereWhenEveryCellHasTheSameCount() {
        double[] z = GetisOrd.giStar(new double[] {2, 2, 2, 2}, List.of(new int[] {0, 1}, new int[] {0, 1, 2},
                new int[] {1, 2, 3}, new int[] {2, 3}));
        assertThat(z).containsOnly(0.0);
    }

    /** Benjamini and Hochberg (1995), section 4: the 15 p-values of the myocardial infarction study; 4 are discoveries at 0.05. */
    @Test
    void benjaminiHochbergReproducesThePapersExample() {
        double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
            0.6528, 0.7590, 1.000};
        double[] q = FalseDiscovery.adjust(p);
        double[] expected = {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0638571, 0.0638571, 0.0645, 0.0765, 0.486,
            0.5811818, 0.714875, 0.7532308, 0.8132143, 1};
        for (int i = 0; i < p.length; i++) {
            assertThat(q[i]).as("q[%d]", i).isCloseTo(expected[i], within(1e-6));
        }
        assertThat(Arrays.stream(q).filter(v -> v <= 0.05).count()).isEqualTo(4);
    }

    @Test
    void benjaminiHochbergDoesNotDependOnTheOrderOfTheTests() {
        double[] q = FalseDiscovery.adjust(new double[] {0.04, 0.01, 0.03});
        assertThat(q).containsExactly(0.04, 0.03, 0.04);
    }

    /** 10 against 2 in equally long periods: 2 · P(X ≥ 10 | n = 12, p = ½) = 2 · (66 + 12 + 1) / 4096 = 0.03857 (R: binom.test(10, 12)). */
    @Test
    void theChangeTestIsTheExactConditionalBinomialTest() {
        assertThat(RateComparison.pValue(10, 7, 2, 7)).isCloseTo(158.0 / 4096, within(1e-12));
        assertThat(RateComparison.pValue(2, 7, 10, 7)).isCloseTo(158.0 / 4096, within(1e-12));
        assertThat(RateComparison.pValue(5, 7, 5, 7)).isEqualTo(1.0);
        assertThat(RateComparison.pValue(0, 7, 0, 7)).isEqualTo(1.0);
    }

    /** Unequal exposure: 3 in one week against 12 in four weeks is exactly the expected rate, nowhere near significant. */
    @Test
    void theChangeTestWeighsThePeriodsByTheirLength() {
        assertThat(RateComparison.pValue(3, 7, 12, 28)).isGreaterThan(0.5);
        // 9 against 4 over four weeks, p = 1/5 per event: 2 · P(X ≥ 9 | n = 13, p = 0.2) = 2 · 0.0000420... (R: binom.test(9, 13, 0.2))
        assertThat(RateComparison.pValue(9, 7, 4, 28)).isLessThan(0.001);
    }

    /** 24 against none, a fifth of the exposure: 2 · 0.2²⁴ — tiny, but not rounded away to zero. */
    @Test
    void tinyTailsAreNotRoundedToZero() {
        assertThat(RateComparison.pValue(24, 28, 0, 112)).isCloseTo(2 * Math.pow(0.2, 24), within(1e-25));
    }

    @Test
    void theChangeTestCopesWithLargeCounts() {
        assertThat(RateComparison.pValue(5_200, 7, 5_000, 7)).isBetween(0.04, 0.06);
    }

    @Test
    void theNormalTailIsAccurate() {
        assertThat(Normal.twoSided(1.959964)).isCloseTo(0.05, within(1e-6));
        assertThat(Normal.twoSided(2.575829)).isCloseTo(0.01, within(1e-6));
        assertThat(Normal.twoSided(0)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void binsFollowTheAdjustedPValueAndTheSignOfZ() {
        assertThat(Hotspots.bin(3.1, 0.004)).isEqualTo(3);
        assertThat(Hotspots.bin(2.1, 0.04)).isEqualTo(2);
        assertThat(Hotspots.bin(1.8, 0.09)).isEqualTo(1);
        assertThat(Hotspots.bin(-2.2, 0.03)).isEqualTo(-2);
        assertThat(Hotspots.bin(2.5, 0.2)).isZero();
    }

    @Test
    void anExactTimeGoesWhollyToItsHour() {
        double[][] table = new double[7][24];
        var at = LocalDateTime.of(2026, 2, 13, 22, 30).atZone(STOCKHOLM).toInstant(); // a Friday
        Aoristic.spread(table, at, at, STOCKHOLM);
        assertThat(table[4][22]).isEqualTo(1.0);
        assertThat(sum(table)).isEqualTo(1.0);
    }

    @Test
    void aWeekIsSpreadEvenlyOverAllHundredAndSixtyEightHours() {
        double[][] table = new double[7][24];
        var monday = LocalDateTime.of(2026, 2, 9, 0, 0).atZone(STOCKHOLM);
        Aoristic.spread(table, monday.toInstant(), monday.plusWeeks(1).toInstant(), STOCKHOLM);
        for (double[] day : table) {
            for (double hour : day) {
                assertThat(hour).isCloseTo(1.0 / 168, within(1e-12));
            }
        }
    }

    @Test
    void aPartOfTheDayIsSpreadOverItsSixHoursAndADayOverItsTwentyFour() {
        double[][] table = new double[7][24];
        var evening = LocalDateTime.of(2026, 2, 10, 18, 0).atZone(STOCKHOLM); // Tuesday 18–24
        Aoristic.spread(table, evening.toInstant(), evening.plusHours(6).toInstant(), STOCKHOLM);
        for (int h = 18; h < 24; h++) {
            assertThat(table[1][h]).isCloseTo(1.0 / 6, within(1e-12));
        }
        var day = LocalDateTime.of(2026, 2, 11, 0, 0).atZone(STOCKHOLM); // Wednesday
        Aoristic.spread(table, day.toInstant(), day.plusDays(1).toInstant(), STOCKHOLM);
        assertThat(table[2][3]).isCloseTo(1.0 / 24, within(1e-12));
        assertThat(sum(table)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void theWeekWhenSummerTimeStartsStillAddsUpToOne() {
        double[][] table = new double[7][24];
        var monday = LocalDateTime.of(2026, 3, 23, 0, 0).atZone(STOCKHOLM);
        Aoristic.spread(table, monday.toInstant(), monday.plusWeeks(1).toInstant(), STOCKHOLM);
        assertThat(sum(table)).isCloseTo(1.0, within(1e-12));
        assertThat(table[6][2]).isZero(); // 02:00–03:00 on 29 March does not exist
    }

    private static double sum(double[][] table) {
        return Arrays.stream(table).flatMapToDouble(Arrays::stream).sum();
    }
}
