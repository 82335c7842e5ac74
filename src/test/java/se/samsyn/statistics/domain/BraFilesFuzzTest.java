package se.samsyn.statistics.domain;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer: Brå's table exports (CSV in its six layouts and the yearbook XLSX). Seeds in
 * {@code src/test/resources/se/samsyn/statistics/domain/BraFilesFuzzTestInputs/bra/}; a plain build replays them,
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=BraFilesFuzzTest} fuzzes (see docs/statistics.md).
 */
class BraFilesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void bra(byte[] input) {
        StatisticsParsers.endsInResultOrRejection(StatisticsParsers.BRA, input);
    }
}
