package se.samsyn.situation.benchmark;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Generates synthetic EST reports straight into the incident tables with JDBC batches (the submit path, with its
 * screening, duplicate check and audit, would take hours for a million). Distributions, all from a fixed seed:
 * <ul>
 *   <li>areas: Zipf-like weights (area k gets weight 1/(k+1)^0.8), so a few areas carry most reports;</li>
 *   <li>season: +35 % in June–August, −20 % in December–February; a slow trend of +4 % a year;</li>
 *   <li>time: evenings (18–23) and nights at weekends weigh most; 40 % exact time, 20 % hour, 20 % part of day,
 *       15 % day, 5 % week;</li>
 *   <li>categories: Zipf-like over the workspace's categories;</li>
 *   <li>place: uniform within the area's square, with one hotspot per five areas (a quarter of its reports within
 *       about 100 m); 3 % without a point;</li>
 *   <li>status: 88 % accepted, 4 % redacted, 3 % closed, 3 % rejected, 2 % still submitted.</li>
 * </ul>
 */
final class SyntheticReports {

    record Area(UUID id, double lon, double lat, double size) {}

    record Category(UUID id, int version) {}

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String[] ACCURACY = {"EXACT", "HOUR", "PART_OF_DAY", "DAY", "WEEK"};
    private static final double[] ACCURACY_SHARE = {0.40, 0.20, 0.20, 0.15, 0.05};

    private SyntheticReports() {}

    /** Inserts {@code count} reports for {@code workspace} between {@code first} and {@code last}; returns the count. */
    static long generate(DataSource dataSource, UUID workspace, List<Area> areas, List<Category> categories, int count,
            LocalDate first, LocalDate last, long seed) throws SQLException {
        H3Core h3;
        try {
            h3 = H3Core.newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var random = new Random(seed);
        double[] areaWeights = cumulative(areas.size(), 0.8);
        double[] categoryWeights = cumulative(categories.size(), 1.0);
        UUID[] reporters = new UUID[200];
        for (int i = 0; i < reporters.length; i++) {
            reporters[i] = new UUID(seed, i);
        }
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        double[] dayWeights = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            int m = date.getMonthValue();
            double w = (m >= 6 && m <= 8 ? 1.35 : m == 12 || m <= 2 ? 0.8 : 1.0) * (1 + 0.04 * d / 365.0);
            if (date.getDayOfWeek() == DayOfWeek.FRIDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                w *= 1.3;
            }
            total += w;
            dayWeights[d] = total;
        }
        for (int d = 0; d < days; d++) {
            dayWeights[d] /= total;
        }
        long inserted = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement submission = c.prepareStatement("""
                    insert into incident.submission (id, workspace_id, reporter_id, submission_key, channel, submitted_at)
                    values (?, ?, ?, ?, 'API', ?)""");
                    PreparedStatement report = c.prepareStatement("""
                    insert into incident.report (id, reference, workspace_id, submission_id, reporter_id, submitted_at,
                        status, lat, lon, sweref_e, sweref_n, h3_r7, h3_r9, place_type, occurred_start, occurred_end,
                        time_accuracy, description, assessment, police_notified, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, 'OUTDOOR_PUBLIC', ?, ?, ?, 'Syntetisk rapport',
                        'INSECURITY_CREATING', 'NO', ?, 0)""");
                    PreparedStatement reportCategory = c.prepareStatement(
                            "insert into incident.report_category (report_id, category_id, category_version) values (?, ?, ?)");
                    PreparedStatement reportArea = c.prepareStatement(
                            "insert into incident.report_area (report_id, area_id) values (?, ?)")) {
                for (int i = 0; i < count; i++) {
                    int d = search(dayWeights, random.nextDouble());
                    LocalDate date = first.plusDays(d);
                    int hour = hour(random, date.getDayOfWeek());
                    LocalDateTime at = date.atTime(hour, random.nextInt(60));
                    String accuracy = ACCURACY[search(cumulativeOf(ACCURACY_SHARE), random.nextDouble())];
                    LocalDateTime start;
                    LocalDateTime end;
                    switch (accuracy) {
                        case "EXACT" -> { start = at; end = at; }
                        case "HOUR" -> { start = at.withMinute(0); end = start.plusHours(1); }
                        case "PART_OF_DAY" -> { start = date.atTime(hour / 6 * 6, 0); end = start.plusHours(6); }
                        case "DAY" -> { start = date.atStartOfDay(); end = start.plusDays(1); }
                        default -> { start = date.minusDays(date.getDayOfWeek().getValue() - 1).atStartOfDay();
                            end = start.plusDays(7); }
                    }
                    Area area = areas.get(search(areaWeights, random.nextDouble()));
                    int areaIndex = areas.indexOf(area);
                    Double lat = null;
                    Double lon = null;
                    if (random.nextDouble() >= 0.03) {
                        if (areaIndex % 5 == 0 && random.nextDouble() < 0.25) {
                            lat = area.lat() + area.size() * 0.5 + random.nextGaussian() * 0.0008;
                            lon = area.lon() + area.size() * 0.5 + random.nextGaussian() * 0.0012;
                        } else {
                            lat = area.lat() + random.nextDouble() * area.size();
                            lon = area.lon() + random.nextDouble() * area.size();
                        }
                    }
                    double s = random.nextDouble();
                    String status = s < 0.88 ? "ACCEPTED" : s < 0.92 ? "REDACTED" : s < 0.95 ? "CLOSED"
                            : s < 0.98 ? "REJECTED" : "SUBMITTED";
                    UUID id = new UUID(seed ^ 0x5EEDL, i);
                    UUID reporter = reporters[random.nextInt(reporters.length)];
                    Timestamp submitted = Timestamp.from(end.plusHours(1).atZone(STOCKHOLM).toInstant());
                    submission.setObject(1, id);
                    submission.setObject(2, workspace);
                    submission.setObject(3, reporter);
                    submission.setString(4, "bench-" + i);
                    submission.setTimestamp(5, submitted);
                    submission.addBatch();
                    report.setObject(1, id);
                    report.setString(2, "B-" + seed + "-" + i);
                    report.setObject(3, workspace);
                    report.setObject(4, id);
                    report.setObject(5, reporter);
                    report.setTimestamp(6, submitted);
                    report.setString(7, status);
                    report.setObject(8, lat);
                    report.setObject(9, lon);
                    report.setObject(10, lat == null ? null : h3.latLngToCell(lat, lon, 7));
                    report.setObject(11, lat == null ? null : h3.latLngToCell(lat, lon, 9));
                    report.setTimestamp(12, Timestamp.from(start.atZone(STOCKHOLM).toInstant()));
                    report.setTimestamp(13, Timestamp.from(end.atZone(STOCKHOLM).toInstant()));
                    report.setString(14, accuracy);
                    report.setTimestamp(15, submitted);
                    report.addBatch();
                    Category category = categories.get(search(categoryWeights, random.nextDouble()));
                    reportCategory.setObject(1, id);
                    reportCategory.setObject(2, category.id());
                    reportCategory.setInt(3, category.version());
                    reportCategory.addBatch();
                    reportArea.setObject(1, id);
                    reportArea.setObject(2, area.id());
                    reportArea.addBatch();
                    if ((i + 1) % 2_000 == 0 || i == count - 1) {
                        submission.executeBatch();
                        report.executeBatch();
                        reportCategory.executeBatch();
                        reportArea.executeBatch();
                        c.commit();
                    }
                    inserted++;
                }
            }
        }
        return inserted;
    }

    private static int hour(Random random, DayOfWeek day) {
        boolean weekend = day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY;
        double r = random.nextDouble();
        if (r < (weekend ? 0.55 : 0.40)) {
            return 18 + random.nextInt(6);
        }
        if (r < (weekend ? 0.75 : 0.50)) {
            return random.nextInt(4);
        }
        return 6 + random.nextInt(12);
    }

    private static double[] cumulative(int n, double exponent) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = 1 / Math.pow(k + 1, exponent);
        }
        return cumulativeOf(w);
    }

    private static double[] cumulativeOf(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int search(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
