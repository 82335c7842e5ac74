package se.samsyn.policeevents.domain;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import se.samsyn.shared.RuleViolationException;

/**
 * Jazzer: the polisen.se JSON reader (plain or gzipped) must end in events or a {@link RuleViolationException} with a
 * message key; anything else, an IOException included (the input is in memory), fails. Seeds in
 * {@code src/test/resources/se/samsyn/policeevents/domain/ApiEventReaderFuzzTestInputs/json/}; a plain build replays
 * them, {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ApiEventReaderFuzzTest} fuzzes.
 */
class ApiEventReaderFuzzTest {

    private static final ApiEventReader READER = new ApiEventReader(new Places(Map.of("kävlinge", "1261", "lund", "1281")));

    @FuzzTest(maxDuration = "30s")
    void json(byte[] input) throws IOException {
        try {
            READER.read(new ByteArrayInputStream(input), event -> {});
        } catch (RuleViolationException rejected) {
            if (rejected.messageKey().isBlank()) {
                throw new AssertionError("rejection without a message", rejected);
            }
        }
    }
}
