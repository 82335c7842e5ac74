package se.samsyn.situation.web;

import java.util.List;
import se.samsyn.situation.domain.SituationDocument;

/**
 * What a lägesbild document may show the public: counts per area, category and time bucket with every count from 1
 * to 2 shown as "&lt;3", no points, no hexagons, no internal notes; only the title, period, conclusions and priorities.
 */
record PublicSummary(String total, List<Row> areas, List<Row> categories, List<Row> timeline) {

    static final int SUPPRESS_BELOW = 3;

    record Row(String label, String count) {}

    static PublicSummary of(SituationDocument doc) {
        var p = doc.picture();
        return new PublicSummary(shown(p.totals().observations()),
                p.areas().stream().map(a -> new Row(a.name(), shown(a.count()))).toList(),
                p.categories().stream().map(c -> new Row(c.name(), shown(c.count()))).toList(),
                java.util.stream.IntStream.range(0, p.timeline().labels().size())
                        .mapToObj(i -> new Row(p.timeline().labels().get(i), shown(p.timeline().counts().get(i)))).toList());
    }

    static String shown(long count) {
        return count > 0 && count < SUPPRESS_BELOW ? "<" + SUPPRESS_BELOW : Long.toString(count);
    }
}
