package se.samsyn.statistics.domain;

import java.util.ArrayList;
import java.util.Locale;
import se.samsyn.statistics.AreaLevel;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.NewSeries;
import se.samsyn.statistics.Source;

/**
 * Other indicator series (graffiti removal costs, fires from räddningstjänsten, felanmälningar): columns
 * {@code serie; enhet; område; period; värde}, where an empty område means the whole kommun and period is 2026-01,
 * 2026 T1 or 2026.
 */
final class OtherFile {

    private OtherFile() {}

    static Parsed read(byte[] content) {
        var t = Table.read(content);
        var header = t.header.stream().map(PoliceColumn::normalise).toList();
        int serie = header.indexOf("serie");
        int enhet = header.indexOf("enhet");
        int omrade = header.indexOf("omrade");
        int period = header.indexOf("period");
        int varde = header.indexOf("varde");
        if (serie < 0 || enhet < 0 || period < 0 || varde < 0) {
            throw new ImportRejected(ImportProblem.file("statistics.other.error.unknownFormat", String.join(", ", t.header)));
        }
        var points = new ArrayList<DataPoint>();
        for (var row : t.data()) {
            String name = row.cell(serie).strip();
            if (name.isEmpty()) {
                t.problems.add(ImportProblem.at(row.number(), t.header.get(serie), "statistics.import.error.blank"));
                continue;
            }
            PoliceFile.PeriodValue p;
            try {
                p = PoliceFile.period(row.cell(period));
            } catch (RuntimeException e) {
                t.problems.add(ImportProblem.at(row.number(), t.header.get(period), "statistics.police.error.badPeriod",
                        row.cell(period)));
                continue;
            }
            Double value = t.number(row, t.header.get(varde), true);
            if (value == null) {
                continue;
            }
            String area = omrade < 0 ? "" : row.cell(omrade).strip();
            var series = new NewSeries(Source.OTHER, SurveyFiles.code(name), name, Measure.AMOUNT, row.cell(enhet).strip(),
                    p.granularity(), area.isEmpty() ? AreaLevel.MUNICIPALITY : AreaLevel.AREA, null, null,
                    area.isEmpty() ? "Hela kommunen" : area, true);
            points.add(new DataPoint(series, p.start(), value, null, false));
        }
        if (points.isEmpty() && t.problems.isEmpty()) {
            t.problems.add(ImportProblem.file("statistics.import.error.noRows"));
        }
        return Parsed.of(t.detected, t.all(), points, t.data().size(), t.problems, null);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
