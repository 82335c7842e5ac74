package se.samsyn.situation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.situation.SituationPeriod;
import se.samsyn.situation.SituationPicture;

/**
 * The buckets of a time series ending with the period: 26 ISO weeks for periods up to a month, otherwise 24 months (or
 * every month of a longer period). Observations go to the bucket of their interval's midpoint.
 */
record Timeline(String granularity, LocalDate first, LocalDate last, List<String> labels, List<LocalDate> starts) {

    static final int WEEKS = 26;
    static final int MONTHS = 24;

    static Timeline of(SituationPeriod period) {
        if (period.days() > 31) {
            return months(period);
        }
        LocalDate lastMonday = period.last().with(DayOfWeek.MONDAY);
        List<String> labels = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            LocalDate monday = lastMonday.minusWeeks(i);
            starts.add(monday);
            labels.add("%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        return new Timeline("WEEK", starts.get(0), lastMonday.plusDays(6), labels, starts);
    }

    static Timeline months(SituationPeriod period) {
        YearMonth last = YearMonth.from(period.last());
        YearMonth first = YearMonth.from(period.first());
        if (first.isAfter(last.minusMonths(MONTHS - 1))) {
            first = last.minusMonths(MONTHS - 1);
        }
        List<String> labels = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            labels.add(m.toString());
            starts.add(m.atDay(1));
        }
        return new Timeline("MONTH", first.atDay(1), last.atEndOfMonth(), labels, starts);
    }

    SituationPicture.Timeline count(List<ObservedIncident> observations) {
        Map<LocalDate, Long> counts = new HashMap<>();
        for (ObservedIncident o : observations) {
            LocalDate day = o.midpoint().atZone(SituationService.ZONE).toLocalDate();
            if (day.isBefore(first) || day.isAfter(last)) {
                continue;
            }
            LocalDate bucket = "WEEK".equals(granularity) ? day.with(DayOfWeek.MONDAY) : day.withDayOfMonth(1);
            counts.merge(bucket, 1L, Long::sum);
        }
        return new SituationPicture.Timeline(granularity, labels, starts.stream().map(s -> counts.getOrDefault(s, 0L)).toList());
    }
}
