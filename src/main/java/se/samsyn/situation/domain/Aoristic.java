package se.samsyn.situation.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Aoristic spreading over a weekday × hour table: an observation whose time is only known as an interval contributes
 * weight 1 spread evenly over the clock hours it overlaps (in proportion to the overlap), so "some time this week" adds
 * 1/168 to every cell instead of a false peak on Monday 00:00. An exact time adds its whole weight to its hour.
 */
final class Aoristic {

    private Aoristic() {}

    /** Adds one observation to {@code table[weekday 0=Monday][hour]}. */
    static void spread(double[][] table, Instant start, Instant end, ZoneId zone) {
        if (!end.isAfter(start)) {
            var at = start.atZone(zone);
            table[at.getDayOfWeek().getValue() - 1][at.getHour()] += 1.0;
            return;
        }
        double total = end.toEpochMilli() - start.toEpochMilli();
        ZonedDateTime hour = start.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        while (hour.toInstant().isBefore(end)) {
            ZonedDateTime next = hour.plusHours(1);
            long from = Math.max(hour.toInstant().toEpochMilli(), start.toEpochMilli());
            long to = Math.min(next.toInstant().toEpochMilli(), end.toEpochMilli());
            if (to > from) {
                table[hour.getDayOfWeek().getValue() - 1][hour.getHour()] += (to - from) / total;
            }
            hour = next;
        }
    }
}
