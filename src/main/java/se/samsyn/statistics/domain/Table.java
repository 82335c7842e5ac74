package se.samsyn.statistics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A small file read whole: header, rows, and number parsing that records a problem naming row and column. */
final class Table {

    final TabularReader.Detected detected;
    final List<TabularReader.Row> rows;
    final List<String> header;
    final List<ImportProblem> problems = new ArrayList<>();

    private Table(TabularReader.Detected detected, List<TabularReader.Row> rows) {
        this.detected = detected;
        this.rows = rows;
        this.header = rows.isEmpty() ? List.of() : rows.get(0).cells().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    static Table read(byte[] content) {
        var rows = new ArrayList<TabularReader.Row>();
        var detected = TabularReader.read(content, rows::add);
        return new Table(detected, rows);
    }

    boolean hasColumns(String... names) {
        return header.containsAll(List.of(names));
    }

    List<TabularReader.Row> data() {
        return rows.size() <= 1 ? List.of() : rows.subList(1, rows.size());
    }

    String text(TabularReader.Row row, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : row.cell(i).strip();
    }

    @Nullable Double number(TabularReader.Row row, String column, boolean required) {
        String text = text(row, column).replace(" ", "").replace("\u00a0", "").replace(',', '.');
        if (text.isEmpty() || text.equals("..") || text.equals("-")) {
            if (required) {
                problems.add(ImportProblem.at(row.number(), column, "statistics.import.error.blank"));
            }
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                problems.add(ImportProblem.at(row.number(), column, "statistics.import.error.negative", text));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.at(row.number(), column, "statistics.import.error.notNumber", text));
            return null;
        }
    }

    @Nullable Integer integer(TabularReader.Row row, String column, int min, int max) {
        String text = text(row, column);
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.at(row.number(), column, "statistics.import.error.outOfRange", text, min, max));
            return null;
        }
    }

    List<List<String>> all() {
        return rows.stream().limit(11).map(TabularReader.Row::cells).toList();
    }
}
