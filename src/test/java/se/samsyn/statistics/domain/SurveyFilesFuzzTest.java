package se.samsyn.statistics.domain;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer: the safety-survey CSV formats. Seeds in
 * {@code src/test/resources/se/samsyn/statistics/domain/SurveyFilesFuzzTestInputs/survey/}; a plain build replays them,
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=SurveyFilesFuzzTest} fuzzes (see docs/statistics.md).
 */
class SurveyFilesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void survey(byte[] input) {
        StatisticsParsers.endsInResultOrRejection(StatisticsParsers.SURVEY, input);
    }
}
