package se.samsyn.statistics.domain;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer: the police monthly-count reader, fed CSV (any encoding and separator) and XLSX bytes. Seeds in
 * {@code src/test/resources/se/samsyn/statistics/domain/PoliceFileFuzzTestInputs/<method>/}; a plain build replays
 * them, {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='PoliceFileFuzzTest#csv'} fuzzes (see docs/statistics.md).
 */
class PoliceFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] input) {
        StatisticsParsers.endsInResultOrRejection(StatisticsParsers.POLICE, input);
    }

    /** Every input is read as an archive (it starts with the zip signature), so the fuzzer works on the XLSX path. */
    @FuzzTest(maxDuration = "30s")
    void xlsx(byte[] input) {
        byte[] zip = input;
        if (!TabularReader.isXlsx(input)) {
            zip = new byte[input.length + 4];
            zip[0] = 'P';
            zip[1] = 'K';
            zip[2] = 3;
            zip[3] = 4;
            System.arraycopy(input, 0, zip, 4, input.length);
        }
        StatisticsParsers.endsInResultOrRejection(StatisticsParsers.POLICE, zip);
    }
}
