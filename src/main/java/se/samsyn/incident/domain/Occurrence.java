package se.samsyn.incident.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.RuleViolationException;

/** When an observation happened, as the interval its accuracy allows (end exclusive; EXACT has start = end). */
public record Occurrence(Instant start, Instant end, TimeAccuracy accuracy) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    public static Occurrence of(TimeAccuracy accuracy, @Nullable LocalDate date, @Nullable LocalTime time,
            @Nullable PartOfDay partOfDay, Instant now) {
        if (date == null) {
            throw new RuleViolationException("incident.error.dateMissing");
        }
        var occurrence = switch (accuracy) {
            case EXACT -> {
                var at = date.atTime(required(time)).atZone(ZONE).toInstant();
                yield new Occurrence(at, at, accuracy);
            }
            case HOUR -> {
                var at = date.atTime(required(time).truncatedTo(ChronoUnit.HOURS)).atZone(ZONE);
                yield new Occurrence(at.toInstant(), at.plusHours(1).toInstant(), accuracy);
            }
            case PART_OF_DAY -> {
                if (partOfDay == null) {
                    throw new RuleViolationException("incident.error.partOfDayMissing");
                }
                var at = date.atTime(partOfDay.startHour(), 0).atZone(ZONE);
                yield new Occurrence(at.toInstant(), at.plusHours(6).toInstant(), accuracy);
            }
            case DAY -> new Occurrence(date.atStartOfDay(ZONE).toInstant(), date.plusDays(1).atStartOfDay(ZONE).toInstant(),
                    accuracy);
            case WEEK -> {
                var monday = date.with(DayOfWeek.MONDAY);
                yield new Occurrence(monday.atStartOfDay(ZONE).toInstant(), monday.plusWeeks(1).atStartOfDay(ZONE).toInstant(),
                        accuracy);
            }
        };
        if (occurrence.start().isAfter(now)) {
            throw new RuleViolationException("incident.error.future");
        }
        return occurrence;
    }

    private static LocalTime required(@Nullable LocalTime time) {
        if (time == null) {
            throw new RuleViolationException("incident.error.timeMissing");
        }
        return time;
    }
}
