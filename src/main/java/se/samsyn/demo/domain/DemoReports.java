package se.samsyn.demo.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.samsyn.geo.AreaSummary;
import se.samsyn.incident.IncidentApi;
import se.samsyn.incident.ObservationDraft;
import se.samsyn.incident.ObservationDraft.Outcome;
import se.samsyn.incident.ObservedIncident.TimeAccuracy;
import se.samsyn.shared.Actor;
import se.samsyn.shared.WorkspaceId;

/**
 * Two years of weekly EST reports for one workspace, so that the lägesbild has something to show: a steady level per
 * area with more in summer and on weekend evenings, a persistent hotspot at one place, a rise in one area and category
 * over the last two months, a mix of time accuracies, triage outcomes (last week still awaiting triage), nil returns in
 * quiet weeks and consensus area statuses for the last weeks. Deterministic (fixed seed) and relative to today.
 */
final class DemoReports {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final int WEEKS = 104;

    private static final String[] CATEGORIES = {"SKADEGORELSE_KLOTTER", "NEDSKRAPNING", "SAMLING", "SKADEGORELSE_GLASKROSS",
        "NARKOTIKA", "VALD_HOT_BRAK", "SKADEGORELSE_BRAND", "INBROTT_STOLD"};
    private static final double[] WEIGHTS = {0.30, 0.20, 0.15, 0.10, 0.10, 0.05, 0.05, 0.05};
    private static final String[] TEXTS = {"Nytt klotter på fasaden", "Mycket skräp och dumpade säckar", "Grupp ungdomar samlade sent",
        "Krossad ruta i busskuren", "Misstänkt försäljning vid gångtunneln", "Bråk utanför kiosken", "Brand i papperskorg",
        "Inbrott i förråd"};

    private final IncidentApi incidents;
    private final Random random = new Random(2026);

    DemoReports(IncidentApi incidents) {
        this.incidents = incidents;
    }

    /** Returns the number of reports filed. */
    int load(WorkspaceId ws, List<AreaSummary> unsorted, List<Actor> reporters, Actor coordinator) {
        List<AreaSummary> areas = unsorted.stream()
                .sorted(java.util.Comparator.comparing(a -> a.code() == null ? a.name() : a.code())).toList();
        LocalDate today = LocalDate.now(ZONE);
        LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
        int filed = 0;
        for (int w = WEEKS; w >= 1; w--) {
            LocalDate monday = thisMonday.minusWeeks(w);
            int year = monday.get(IsoFields.WEEK_BASED_YEAR);
            int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            double season = 1 + 0.4 * Math.sin((monday.getDayOfYear() - 80) / 365.0 * 2 * Math.PI);
            for (int r = 0; r < reporters.size(); r++) {
                List<ObservationDraft> drafts = new ArrayList<>();
                for (int a = r; a < areas.size(); a += reporters.size()) {
                    AreaSummary area = areas.get(a);
                    if (random.nextDouble() < 0.1) {
                        continue; // the reporter was not out in this area this week
                    }
                    double level = (a == 0 ? 4.0 : 1.8 + 0.3 * a) * season;
                    int n = poisson(level);
                    for (int i = 0; i < n; i++) {
                        drafts.add(draft(area, monday, weighted(), w, 450));
                    }
                    if (a == 0 && random.nextDouble() < 0.7) {
                        // The hotspot: the same square in the centre, mostly graffiti and gatherings.
                        drafts.add(at(area.centroidLat() + 0.0012, area.centroidLon() - 0.0015, monday,
                                random.nextBoolean() ? 0 : 2, w));
                    }
                    if (a == 1 && w <= 8) {
                        // Developing in the wrong direction: drug dealing in the second area over the last two months.
                        for (int i = 0; i < 1 + poisson(1.2); i++) {
                            drafts.add(draft(area, monday, 4, w, 300));
                        }
                    }
                }
                if (drafts.isEmpty()) {
                    if (random.nextDouble() < 0.7) {
                        incidents.declareNilReturn(ws, reporters.get(r), year, week);
                    }
                    continue;
                }
                for (int from = 0; from < drafts.size(); from += 20) {
                    var batch = drafts.subList(from, Math.min(drafts.size(), from + 20));
                    filed += incidents.fileTriaged(ws, reporters.get(r), coordinator, "demo-" + year + "-" + week + "-" + r + "-" + from,
                            batch).size();
                }
            }
            if (w <= 8) {
                for (int a = 0; a < areas.size(); a++) {
                    int statusLevel = a == 1 ? (w <= 3 ? 3 : 2) : a == 0 ? 2 : 1;
                    String trend = a == 1 ? "WORSENING" : "UNCHANGED";
                    incidents.rateArea(ws, areas.get(a).id(), year, week, statusLevel, trend, coordinator.userId());
                }
            }
        }
        return filed;
    }

    private ObservationDraft draft(AreaSummary area, LocalDate monday, int category, int weeksAgo, double metres) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double distance = Math.sqrt(random.nextDouble()) * metres;
        double lat = area.centroidLat() + distance * Math.sin(angle) / 111_320.0;
        double lon = area.centroidLon() + distance * Math.cos(angle) / (111_320.0 * Math.cos(Math.toRadians(area.centroidLat())));
        return observation(lat, lon, monday, category, weeksAgo);
    }

    private ObservationDraft at(double lat, double lon, LocalDate monday, int category, int weeksAgo) {
        return observation(lat + (random.nextDouble() - 0.5) * 0.0004, lon + (random.nextDouble() - 0.5) * 0.0006, monday,
                category, weeksAgo);
    }

    private ObservationDraft observation(double lat, double lon, LocalDate monday, int category, int weeksAgo) {
        // Weekends and evenings are busier.
        int day = random.nextDouble() < 0.45 ? 4 + random.nextInt(3) : random.nextInt(4);
        LocalDate date = monday.plusDays(day);
        int hour = random.nextDouble() < 0.6 ? 18 + random.nextInt(6) : random.nextDouble() < 0.5 ? random.nextInt(4) : 8 + random.nextInt(10);
        double accuracyDraw = random.nextDouble();
        TimeAccuracy accuracy = accuracyDraw < 0.4 ? TimeAccuracy.EXACT : accuracyDraw < 0.6 ? TimeAccuracy.HOUR
                : accuracyDraw < 0.8 ? TimeAccuracy.PART_OF_DAY : accuracyDraw < 0.95 ? TimeAccuracy.DAY : TimeAccuracy.WEEK;
        String partOfDay = hour < 6 ? "NIGHT" : hour < 12 ? "MORNING" : hour < 18 ? "DAY" : "EVENING";
        double outcomeDraw = random.nextDouble();
        Outcome outcome = weeksAgo <= 1 && outcomeDraw < 0.25 ? Outcome.SUBMITTED
                : outcomeDraw < 0.05 ? Outcome.REJECTED : outcomeDraw < 0.12 ? Outcome.CLOSED : Outcome.ACCEPTED;
        return new ObservationDraft(lat, lon, null, date, accuracy,
                accuracy == TimeAccuracy.EXACT || accuracy == TimeAccuracy.HOUR ? LocalTime.of(hour, random.nextInt(60)) : null,
                accuracy == TimeAccuracy.PART_OF_DAY ? partOfDay : null, CATEGORIES[category], TEXTS[category], outcome);
    }

    private int weighted() {
        double draw = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i];
            if (draw < sum) {
                return i;
            }
        }
        return 0;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

}
