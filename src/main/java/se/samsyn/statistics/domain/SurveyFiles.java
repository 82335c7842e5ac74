package se.samsyn.statistics.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.AreaLevel;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.NewSeries;
import se.samsyn.statistics.Source;

/**
 * Safety-survey result files: results per area, year and indicator (the trygghetsmätning press-release table), shares who
 * feel safe per Göteborg mellanområde, and a list of a programme's survey areas. Every row becomes a survey result;
 * the first value per area, indicator and year also becomes a series value (sources sometimes disagree, and the survey
 * results keep every version with its source).
 */
@Component
class SurveyFiles {

    private final SurveyRepository surveys;

    SurveyFiles(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    private record Row(String programme, @Nullable Integer year, String indicatorCode, String indicatorLabel,
            Measure measure, boolean lowerIsBetter, String area, AreaLevel level, double value, @Nullable String url,
            @Nullable String quote) {}

    Parsed read(WorkspaceId workspace, String fileName, byte[] content) {
        var t = Table.read(content);
        var rows = new ArrayList<Row>();
        var areas = new ArrayList<String[]>();
        if (t.hasColumns("omrade", "omradestyp", "ar", "indikator", "varde", "enhet")) {
            for (var r : t.data()) {
                Integer year = t.integer(r, "ar", 1950, 2100);
                Double value = t.number(r, "varde", true);
                if (year == null || value == null) {
                    continue;
                }
                String label = t.text(r, "indikator");
                String unit = t.text(r, "enhet").toLowerCase(Locale.ROOT);
                Measure measure = switch (unit) {
                    case "index" -> Measure.INDEX_0_6;
                    case "procent" -> Measure.PERCENT;
                    case "antal" -> Measure.COUNT;
                    default -> Measure.MEAN;
                };
                if (measure == Measure.INDEX_0_6 && value > 6) {
                    t.problems.add(ImportProblem.at(r.number(), "varde", "statistics.survey.error.indexRange", value));
                    continue;
                }
                String group = t.text(r, "ingar_i");
                rows.add(new Row(group.isBlank() ? "Trygghetsmätning" : "Trygghetsmätning – " + group, year, code(label),
                        label, measure, lowerIsBetter(label, measure), t.text(r, "omrade"), level(t.text(r, "omradestyp")),
                        value, blankToNull(t.text(r, "kalla_url")), blankToNull(t.text(r, "citat_ur_kallan"))));
            }
        } else if (t.hasColumns("mellanomrade", "ar", "matt", "andel_procent")) {
            for (var r : t.data()) {
                String yearText = t.text(r, "ar");
                Integer year = yearText.isBlank() ? null : t.integer(r, "ar", 1950, 2100);
                Double value = t.number(r, "andel_procent", true);
                if ((!yearText.isBlank() && year == null) || value == null) {
                    continue;
                }
                String matt = t.text(r, "matt");
                String programme = matt.contains(",") ? matt.substring(0, matt.indexOf(',')).strip() : matt;
                String label = "Andel som känner sig trygga i sitt bostadsområde";
                rows.add(new Row(programme, year, code(label), label, Measure.PERCENT, false, t.text(r, "mellanomrade"),
                        AreaLevel.AREA, value, blankToNull(t.text(r, "rapport_url")), matt));
            }
        } else if (t.hasColumns("kommun", "delomrade")) {
            for (var r : t.data()) {
                areas.add(new String[] {"Trygghetsmätning " + t.text(r, "kommun"), t.text(r, "delomrade"), t.text(r, "kalla_url")});
            }
        } else {
            throw new ImportRejected(ImportProblem.file("statistics.survey.error.unknownFormat", String.join(", ", t.header)));
        }
        var points = new ArrayList<DataPoint>();
        var seen = new HashSet<String>();
        for (Row r : rows) {
            if (r.year() == null) {
                continue;
            }
            var series = new NewSeries(Source.SURVEY, r.indicatorCode(), r.indicatorLabel(), r.measure(), unit(r.measure()),
                    Granularity.YEAR, r.level(), null, null, r.area(), r.lowerIsBetter());
            if (seen.add(series.key() + "|" + r.year())) {
                points.add(new DataPoint(series, Granularity.YEAR.start(r.year(), 1), r.value(), null, false));
            }
        }
        if (rows.isEmpty() && areas.isEmpty() && t.problems.isEmpty()) {
            t.problems.add(ImportProblem.file("statistics.import.error.noRows"));
        }
        Consumer<java.util.UUID> extra = importId -> {
            for (Row r : rows) {
                var programme = surveys.programme(workspace, r.programme());
                var round = surveys.round(workspace, programme, r.year());
                var indicator = surveys.indicator(workspace, r.indicatorCode(), r.indicatorLabel(), r.measure(),
                        r.lowerIsBetter());
                surveys.result(workspace, round, indicator, r.area(), r.level().name(), r.value(), r.url(), r.quote(),
                        importId);
                String code = r.indicatorCode();
                if (code.equals("svarsfrekvens")) {
                    surveys.roundFacts(round, null, null, r.value());
                } else if (code.startsWith("antal-inkomna-svar") || code.startsWith("antal-respondenter")) {
                    surveys.roundFacts(round, null, (int) r.value(), null);
                } else if (code.startsWith("antal-tillfragade") || code.startsWith("antal-utskickade")) {
                    surveys.roundFacts(round, (int) r.value(), null, null);
                }
            }
            for (String[] a : areas) {
                surveys.area(workspace, surveys.programme(workspace, a[0]), a[1], blankToNull(a[2]), importId);
            }
        };
        return Parsed.of(t.detected, t.all(), points, t.data().size(), t.problems, extra);
    }

    static String code(String label) {
        String plain = Normalizer.normalize(label.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = plain.replaceAll("\\(.*?\\)", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return code.length() > 60 ? code.substring(0, 60) : code;
    }

    static boolean lowerIsBetter(String label, Measure measure) {
        if (measure == Measure.INDEX_0_6) {
            return true;
        }
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains(" ej ") || l.contains("ej utsatt") || l.contains("trygga ute") && !l.contains("otrygga")) {
            return false;
        }
        return l.contains("otrygg") || l.contains("orolig") || l.contains("kritisk") || l.contains("utsatta");
    }

    private static AreaLevel level(String type) {
        return switch (type) {
            case "kommun", "kommun/lokalpolisområde" -> AreaLevel.MUNICIPALITY;
            case "delområde" -> AreaLevel.AREA;
            default -> AreaLevel.REGION;
        };
    }

    private static String unit(Measure m) {
        return switch (m) {
            case INDEX_0_6 -> "index 0–6 (lägre är bättre)";
            case PERCENT -> "procent";
            case COUNT -> "antal";
            default -> "medelvärde";
        };
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
