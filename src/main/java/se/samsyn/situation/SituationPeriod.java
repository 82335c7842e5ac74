package se.samsyn.situation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import se.samsyn.shared.RuleViolationException;

/**
 * The period a lägesbild covers, first and last day inclusive (Europe/Stockholm calendar days). Week = ISO week, tertial
 * = January–April, May–August or September–December.
 */
public record SituationPeriod(Kind kind, LocalDate first, LocalDate last) {

    /** The longest custom period accepted, so that a request cannot ask for centuries of comparisons. */
    public static final int MAX_DAYS = 5 * 366;

    public enum Kind { WEEK, MONTH, TERTIAL, YEAR, CUSTOM }

    public SituationPeriod {
        if (last.isBefore(first)) {
            throw new RuleViolationException("situation.error.reversedDates");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new RuleViolationException("situation.error.periodTooLong");
        }
        if (first.getYear() < 1990 || last.getYear() > 2200) {
            throw new RuleViolationException("situation.error.absurdDate");
        }
    }

    /** The period of the given kind that contains {@code day}. */
    public static SituationPeriod containing(Kind kind, LocalDate day) {
        return switch (kind) {
            case WEEK -> {
                var monday = day.with(DayOfWeek.MONDAY);
                yield new SituationPeriod(kind, monday, monday.plusDays(6));
            }
            case MONTH -> new SituationPeriod(kind, day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
            case TERTIAL -> {
                var start = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 4 * 4 + 1, 1);
                yield new SituationPeriod(kind, start, start.plusMonths(4).minusDays(1));
            }
            case YEAR -> new SituationPeriod(kind, LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31));
            case CUSTOM -> new SituationPeriod(kind, day, day);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The period of the same kind and length that ends the day before this one starts. */
    public SituationPeriod previous() {
        return kind == Kind.CUSTOM
                ? new SituationPeriod(kind, first.minusDays(days()), first.minusDays(1))
                : containing(kind, first.minusDays(1));
    }

    /** The same period one year earlier: the same ISO week number for weeks, the same dates otherwise. */
    public SituationPeriod sameLastYear() {
        if (kind == Kind.WEEK) {
            int week = first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            int year = first.get(IsoFields.WEEK_BASED_YEAR) - 1;
            var jan4 = LocalDate.of(year, 1, 4);
            long weeksInYear = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            var monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, weeksInYear)).with(DayOfWeek.MONDAY);
            return new SituationPeriod(kind, monday, monday.plusDays(6));
        }
        return new SituationPeriod(kind, first.minusYears(1), last.minusYears(1));
    }

    /** A short stable label: 2026-W07, 2026-02, 2026 T1, 2026 or 2026-01-01–2026-03-31. */
    public String label() {
        return switch (kind) {
            case WEEK -> "%d-W%02d".formatted(first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> "%d-%02d".formatted(first.getYear(), first.getMonthValue());
            case TERTIAL -> "%d T%d".formatted(first.getYear(), (first.getMonthValue() - 1) / 4 + 1);
            case YEAR -> String.valueOf(first.getYear());
            case CUSTOM -> first + "–" + last;
        };
    }
}
