package se.samsyn.statistics.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong in an uploaded file, in the user's terms: the row as numbered in the file (1 = first line), the column
 * name from the header, a message key of the statistics bundle and its arguments. Row 0 means the whole file.
 */
public record ImportProblem(int row, @Nullable String column, String messageKey, List<String> arguments) {

    static ImportProblem file(String key, Object... args) {
        return new ImportProblem(0, null, key, strings(args));
    }

    static ImportProblem at(int row, @Nullable String column, String key, Object... args) {
        return new ImportProblem(row, column, key, strings(args));
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
