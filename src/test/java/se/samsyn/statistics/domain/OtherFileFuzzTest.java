package se.samsyn.statistics.domain;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer: the other-series CSV. Seeds in
 * {@code src/test/resources/se/samsyn/statistics/domain/OtherFileFuzzTestInputs/other/}; a plain build replays them,
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=OtherFileFuzzTest} fuzzes (see docs/statistics.md).
 */
class OtherFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void other(byte[] input) {
        StatisticsParsers.endsInResultOrRejection(StatisticsParsers.OTHER, input);
    }
}
