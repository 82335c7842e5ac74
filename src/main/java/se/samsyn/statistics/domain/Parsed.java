package se.samsyn.statistics.domain;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A file read and checked, not yet stored. {@code extra} writes what is not a series value (survey rounds and results)
 * in the same transaction, given the import id. {@code replaceWholePeriods}: see {@link SeriesWriter}.
 */
record Parsed(TabularReader.Detected detected, List<String> header, List<List<String>> preview, List<DataPoint> points,
        int rows, List<ImportProblem> problems, int problemCount, boolean replaceWholePeriods,
        @Nullable Consumer<UUID> extra) {

    static Parsed of(TabularReader.Detected detected, List<List<String>> all, List<DataPoint> points, int rows,
            List<ImportProblem> problems, @Nullable Consumer<UUID> extra) {
        var header = all.isEmpty() ? List.<String>of() : all.get(0);
        var preview = all.size() <= 1 ? List.<List<String>>of() : all.subList(1, Math.min(all.size(), 11));
        return new Parsed(detected, header, preview, points, rows, problems.stream().limit(PoliceFile.MAX_PROBLEMS).toList(),
                problems.size(), false, extra);
    }
}
