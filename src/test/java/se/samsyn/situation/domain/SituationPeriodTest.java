package se.samsyn.situation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.situation.SituationPeriod;
import se.samsyn.situation.SituationPeriod.Kind;

class SituationPeriodTest {

    @Test
    void aWeekComparesWithThePreviousWeekAndTheSameIsoWeekLastYear() {
        var week = SituationPeriod.containing(Kind.WEEK, LocalDate.of(2026, 2, 11));
        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(week.label()).isEqualTo("2026-W07");
        assertThat(week.previous().label()).isEqualTo("2026-W06");
        assertThat(week.sameLastYear().label()).isEqualTo("2025-W07");
        assertThat(week.sameLastYear().first()).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void aTertialIsFourMonths() {
        var tertial = SituationPeriod.containing(Kind.TERTIAL, LocalDate.of(2026, 6, 15));
        assertThat(tertial.first()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(tertial.last()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(tertial.label()).isEqualTo("2026 T2");
        assertThat(tertial.previous().label()).isEqualTo("2026 T1");
    }

    @Test
    void aCustomPeriodsPreviousPeriodHasTheSameLength() {
        var custom = new SituationPeriod(Kind.CUSTOM, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
        assertThat(custom.previous().first()).isEqualTo(LocalDate.of(2026, 2, 19));
        assertThat(custom.previous().days()).isEqualTo(10);
    }

    @Test
    void reversedTooLongAndAbsurdPeriodsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> new SituationPeriod(Kind.CUSTOM, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("reversedDates");
        assertThatThrownBy(() -> new SituationPeriod(Kind.CUSTOM, LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("periodTooLong");
        assertThatThrownBy(() -> SituationPeriod.containing(Kind.YEAR, LocalDate.of(9999, 1, 1)))
                .isInstanceOf(RuleViolationException.class);
    }
}
