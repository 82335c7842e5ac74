package se.samsyn.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.samsyn.statistics.AreaLevel;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.NewSeries;
import se.samsyn.statistics.Source;

/**
 * Brå's table exports, recognised by their columns: kommun × category × month or year with rates per 100 000,
 * Stockholm-region areas by month, stadsdelsområden per 100 000 or by month, Göteborg stadsområden, and Stockholm
 * stad's yearbook table (CSV or the original XLSX) with rates per 1 000. Brå files are public reference data, so every
 * area in the file is kept (other kommuner serve for comparison); series carry the kommun code.
 */
@Component
class BraFiles {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final String STOCKHOLM = "0180";
    private static final String GOTEBORG = "1480";

    Parsed read(String fileName, byte[] content) {
        var t = Table.read(content);
        var points = new ArrayList<DataPoint>();
        if (t.hasColumns("kommunkod", "kommun", "brottskategori", "ar", "antal", "per_100000_inv")) {
            kommunTable(t, points, t.hasColumns("manad"));
        } else if (t.hasColumns("omrade", "omradestyp", "kommunkod", "brottskategori", "ar", "manad", "antal")) {
            regionMonths(t, points);
        } else if (t.hasColumns("omrade", "brott_sokvag", "brott", "ar", "per_100000_inv")) {
            stockholmRates(t, points);
        } else if (t.hasColumns("omrade", "brott_sokvag", "brott", "ar", "manad", "antal")) {
            stockholmMonths(t, points);
        } else if (t.hasColumns("ar", "omrade", "omradestyp", "brottstyp", "antal")) {
            goteborg(t, points);
        } else if (t.hasColumns("omrade", "omradesniva", "anmalda_brott")) {
            yearbookCsv(t, points, year(fileName, null));
        } else if (t.detected.format().equals("XLSX") && !t.rows.isEmpty()
                && t.rows.get(0).cell(0).toLowerCase(Locale.ROOT).startsWith("anmälda brott")) {
            yearbookXlsx(t, points, year(t.rows.get(0).cell(0), fileName));
        } else {
            throw new ImportRejected(ImportProblem.file("statistics.bra.error.unknownFormat", String.join(", ", t.header)));
        }
        if (points.isEmpty() && t.problems.isEmpty()) {
            t.problems.add(ImportProblem.file("statistics.import.error.noRows"));
        }
        return Parsed.of(t.detected, t.all(), points, t.data().size(), t.problems, null);
    }

    private static NewSeries series(String category, String label, Measure measure, Granularity g, AreaLevel level,
            @Nullable String code, String area) {
        String unit = switch (measure) {
            case RATE_PER_100K -> "anmälda brott per 100 000 invånare";
            case RATE_PER_1000 -> "anmälda brott per 1 000 invånare";
            default -> "antal anmälda brott";
        };
        return new NewSeries(Source.BRA, category, label, measure, unit, g, level, code, null, area, true);
    }

    private static void kommunTable(Table t, List<DataPoint> points, boolean monthly) {
        var g = monthly ? Granularity.MONTH : Granularity.YEAR;
        for (var row : t.data()) {
            String code = t.text(row, "kommunkod");
            String name = t.text(row, "kommun");
            String category = t.text(row, "brottskategori");
            Integer year = t.integer(row, "ar", 1950, 2100);
            Integer month = monthly ? t.integer(row, "manad", 1, 12) : Integer.valueOf(1);
            Double count = t.number(row, "antal", true);
            Double rate = t.number(row, "per_100000_inv", false);
            if (year == null || month == null || count == null) {
                continue;
            }
            var level = code.equals("00") ? AreaLevel.NATIONAL : AreaLevel.MUNICIPALITY;
            var start = g.start(year, month);
            points.add(new DataPoint(series(category, category, Measure.COUNT, g, level, code, name), start, count, null, false));
            if (rate != null) {
                Double population = rate > 0 ? (double) Math.round(count * 100_000 / rate) : null;
                points.add(new DataPoint(series(category, category, Measure.RATE_PER_100K, g, level, code, name), start, rate,
                        population, false));
            }
        }
    }

    private static void regionMonths(Table t, List<DataPoint> points) {
        for (var row : t.data()) {
            String area = t.text(row, "omrade");
            boolean kommun = t.text(row, "omradestyp").equals("kommun");
            String category = t.text(row, "brottskategori");
            Integer year = t.integer(row, "ar", 1950, 2100);
            Integer month = t.integer(row, "manad", 1, 12);
            Double count = t.number(row, "antal", true);
            if (year == null || month == null || count == null) {
                continue;
            }
            points.add(new DataPoint(series(category, category, Measure.COUNT, Granularity.MONTH,
                    kommun ? AreaLevel.MUNICIPALITY : AreaLevel.AREA, t.text(row, "kommunkod"), area),
                    Granularity.MONTH.start(year, month), count, null, preliminary(t, row)));
        }
    }

    private static void stockholmRates(Table t, List<DataPoint> points) {
        for (var row : t.data()) {
            String area = t.text(row, "omrade");
            Integer year = t.integer(row, "ar", 1950, 2100);
            Double rate = t.number(row, "per_100000_inv", true);
            if (year == null || rate == null) {
                continue;
            }
            points.add(new DataPoint(series(t.text(row, "brott_sokvag"), t.text(row, "brott"), Measure.RATE_PER_100K,
                    Granularity.YEAR, stockholmLevel(area), STOCKHOLM, area), Granularity.YEAR.start(year, 1), rate, null,
                    false));
        }
    }

    private static void stockholmMonths(Table t, List<DataPoint> points) {
        for (var row : t.data()) {
            String area = t.text(row, "omrade");
            Integer year = t.integer(row, "ar", 1950, 2100);
            Integer month = t.integer(row, "manad", 1, 12);
            Double count = t.number(row, "antal", true);
            if (year == null || month == null || count == null) {
                continue;
            }
            points.add(new DataPoint(series(t.text(row, "brott_sokvag"), t.text(row, "brott"), Measure.COUNT,
                    Granularity.MONTH, stockholmLevel(area), STOCKHOLM, area), Granularity.MONTH.start(year, month), count,
                    null, preliminary(t, row)));
        }
    }

    private static void goteborg(Table t, List<DataPoint> points) {
        for (var row : t.data()) {
            String area = t.text(row, "omrade");
            Integer year = t.integer(row, "ar", 1950, 2100);
            Double count = t.number(row, "antal", true);
            if (year == null || count == null) {
                continue;
            }
            String category = t.text(row, "brottstyp");
            points.add(new DataPoint(series(category, category.replace('_', ' '), Measure.COUNT, Granularity.YEAR,
                    t.text(row, "omradestyp").equals("kommun") ? AreaLevel.MUNICIPALITY : AreaLevel.AREA, GOTEBORG, area),
                    Granularity.YEAR.start(year, 1), count, null, false));
        }
    }

    private static final List<String> YEARBOOK = List.of("anmalda_brott", "valdsbrott", "stold_och_ran", "skadegorelse",
            "narkotikabrott");
    private static final List<String> YEARBOOK_LABELS = List.of("Anmälda brott", "Våldsbrott", "Stöld och rån",
            "Skadegörelse", "Narkotikabrott");

    private static void yearbookCsv(Table t, List<DataPoint> points, int year) {
        for (var row : t.data()) {
            String area = t.text(row, "omrade");
            var level = t.text(row, "omradesniva").equals("stad") ? AreaLevel.MUNICIPALITY : AreaLevel.AREA;
            for (int i = 0; i < YEARBOOK.size(); i++) {
                Double count = t.number(row, YEARBOOK.get(i), true);
                Double rate = t.number(row, YEARBOOK.get(i) + "_per_1000_inv", false);
                yearbookPoints(points, year, area, level, i, count, rate);
            }
        }
    }

    /** The yearbook sheet: a title with the year, five header lines, then area rows with counts in B, D–G and rates in I–M. */
    private static void yearbookXlsx(Table t, List<DataPoint> points, int year) {
        int[] countColumns = {1, 3, 4, 5, 6};
        int[] rateColumns = {8, 9, 10, 11, 12};
        for (var row : t.rows) {
            String area = row.cell(0).replaceAll("\\d+$", "").strip();
            if (area.isEmpty() || row.cell(1).isBlank() || !row.cell(1).matches("[0-9.]+")) {
                continue;
            }
            var level = area.equalsIgnoreCase("Hela staden") ? AreaLevel.MUNICIPALITY : AreaLevel.AREA;
            for (int i = 0; i < countColumns.length; i++) {
                Double count = cellNumber(t, row, countColumns[i]);
                Double rate = cellNumber(t, row, rateColumns[i]);
                yearbookPoints(points, year, area, level, i, count, rate);
            }
        }
    }

    private static @Nullable Double cellNumber(Table t, TabularReader.Row row, int column) {
        String text = row.cell(column);
        if (text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            t.problems.add(ImportProblem.at(row.number(), String.valueOf((char) ('A' + column)),
                    "statistics.import.error.notNumber", text));
            return null;
        }
    }

    private static void yearbookPoints(List<DataPoint> points, int year, String area, AreaLevel level, int i,
            @Nullable Double count, @Nullable Double rate) {
        LocalDate start = Granularity.YEAR.start(year, 1);
        if (count != null) {
            points.add(new DataPoint(series(YEARBOOK_LABELS.get(i), YEARBOOK_LABELS.get(i), Measure.COUNT, Granularity.YEAR,
                    level, STOCKHOLM, area), start, count, null, false));
        }
        if (rate != null) {
            Double population = count != null && rate > 0 ? (double) Math.round(count * 1000 / rate) : null;
            points.add(new DataPoint(series(YEARBOOK_LABELS.get(i), YEARBOOK_LABELS.get(i), Measure.RATE_PER_1000,
                    Granularity.YEAR, level, STOCKHOLM, area), start, rate, population, false));
        }
    }

    private static AreaLevel stockholmLevel(String area) {
        return area.toLowerCase(Locale.ROOT).contains("kommun") ? AreaLevel.MUNICIPALITY : AreaLevel.AREA;
    }

    private static boolean preliminary(Table t, TabularReader.Row row) {
        return t.text(row, "preliminar").equalsIgnoreCase("true");
    }

    private static int year(String text, @Nullable String fallback) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group());
        }
        if (fallback != null) {
            return year(fallback, null);
        }
        throw new ImportRejected(ImportProblem.file("statistics.bra.error.noYear"));
    }
}
