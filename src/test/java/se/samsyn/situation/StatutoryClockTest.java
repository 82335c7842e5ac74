package se.samsyn.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryClockTest {

    static final LocalDate APPROVED = LocalDate.of(2024, 6, 10);

    @Test
    void isGreenUntilThreeMonthsBeforeTwoYearsThenAmberThenRed() {
        assertThat(StatutoryClock.of(null, null, null, APPROVED).level()).isEqualTo(StatutoryClock.Level.NONE);
        assertThat(StatutoryClock.of(APPROVED, null, "L", LocalDate.of(2026, 3, 9)).level()).isEqualTo(StatutoryClock.Level.GREEN);
        assertThat(StatutoryClock.of(APPROVED, null, "L", LocalDate.of(2026, 3, 10)).level()).isEqualTo(StatutoryClock.Level.AMBER);
        assertThat(StatutoryClock.of(APPROVED, null, "L", LocalDate.of(2026, 6, 10)).level()).isEqualTo(StatutoryClock.Level.AMBER);
        assertThat(StatutoryClock.of(APPROVED, null, "L", LocalDate.of(2026, 6, 11)).level()).isEqualTo(StatutoryClock.Level.RED);
        assertThat(StatutoryClock.of(APPROVED, null, "L", LocalDate.of(2026, 6, 11)).due()).isEqualTo(LocalDate.of(2026, 6, 10));
    }
}
