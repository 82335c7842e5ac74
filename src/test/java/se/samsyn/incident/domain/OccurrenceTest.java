package se.samsyn.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import se.samsyn.shared.RuleViolationException;

class OccurrenceTest {

    static final Instant NOW = ZonedDateTime.of(2026, 3, 19, 12, 0, 0, 0, Occurrence.ZONE).toInstant();
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 18);

    @Test
    void anExactTimeIsAnEmptyInterval() {
        var o = Occurrence.of(TimeAccuracy.EXACT, WEDNESDAY, LocalTime.of(21, 17), null, NOW);
        assertThat(o.start()).isEqualTo(o.end()).isEqualTo(at(WEDNESDAY, 21, 17));
    }

    @Test
    void anHourCoversTheWholeHour() {
        var o = Occurrence.of(TimeAccuracy.HOUR, WEDNESDAY, LocalTime.of(21, 17), null, NOW);
        assertThat(o.start()).isEqualTo(at(WEDNESDAY, 21, 0));
        assertThat(o.end()).isEqualTo(at(WEDNESDAY, 22, 0));
    }

    @Test
    void anEveningCoversSixToMidnight() {
        var o = Occurrence.of(TimeAccuracy.PART_OF_DAY, WEDNESDAY, null, PartOfDay.EVENING, NOW);
        assertThat(o.start()).isEqualTo(at(WEDNESDAY, 18, 0));
        assertThat(o.end()).isEqualTo(at(WEDNESDAY.plusDays(1), 0, 0));
    }

    @Test
    void aDayAndAWeekFollowTheCalendar() {
        var day = Occurrence.of(TimeAccuracy.DAY, WEDNESDAY, null, null, NOW);
        assertThat(day.start()).isEqualTo(at(WEDNESDAY, 0, 0));
        assertThat(day.end()).isEqualTo(at(WEDNESDAY.plusDays(1), 0, 0));
        var week = Occurrence.of(TimeAccuracy.WEEK, WEDNESDAY, null, null, NOW);
        assertThat(week.start()).isEqualTo(at(LocalDate.of(2026, 3, 16), 0, 0));
        assertThat(week.end()).isEqualTo(at(LocalDate.of(2026, 3, 23), 0, 0));
    }

    @Test
    void theCurrentWeekIsAllowedButAFutureStartIsNot() {
        assertThat(Occurrence.of(TimeAccuracy.WEEK, LocalDate.of(2026, 3, 20), null, null, NOW).start()).isBefore(NOW);
        assertThatThrownBy(() -> Occurrence.of(TimeAccuracy.EXACT, LocalDate.of(2026, 3, 19), LocalTime.of(12, 1), null, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessage("incident.error.future");
        assertThatThrownBy(() -> Occurrence.of(TimeAccuracy.DAY, LocalDate.of(2026, 3, 20), null, null, NOW))
                .hasMessage("incident.error.future");
    }

    @Test
    void missingPartsAreRefused() {
        assertThatThrownBy(() -> Occurrence.of(TimeAccuracy.EXACT, WEDNESDAY, null, null, NOW)).hasMessage("incident.error.timeMissing");
        assertThatThrownBy(() -> Occurrence.of(TimeAccuracy.PART_OF_DAY, WEDNESDAY, null, null, NOW))
                .hasMessage("incident.error.partOfDayMissing");
        assertThatThrownBy(() -> Occurrence.of(TimeAccuracy.DAY, null, null, null, NOW)).hasMessage("incident.error.dateMissing");
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Occurrence.ZONE).toInstant();
    }
}
