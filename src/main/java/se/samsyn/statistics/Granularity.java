package se.samsyn.statistics;

import java.time.LocalDate;

/** Length of one period. A period is named by its first day. Tertial: T1 January–April, T2 May–August, T3 September–December. */
public enum Granularity {
    MONTH,
    TERTIAL,
    YEAR;

    public LocalDate start(int year, int index) {
        return switch (this) {
            case MONTH -> LocalDate.of(year, index, 1);
            case TERTIAL -> LocalDate.of(year, (index - 1) * 4 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1).minusDays(1);
            case TERTIAL -> start.plusMonths(4).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    public String label(LocalDate start) {
        return switch (this) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case TERTIAL -> "%d T%d".formatted(start.getYear(), (start.getMonthValue() - 1) / 4 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
