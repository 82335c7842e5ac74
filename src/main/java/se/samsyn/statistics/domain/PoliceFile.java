package se.samsyn.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.statistics.AreaLevel;
import se.samsyn.statistics.CouncilCategory;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.NewSeries;
import se.samsyn.statistics.Source;

/**
 * Reads the police's aggregated counts (area × period × category → count) with the workspace's column mapping, checks
 * every row and turns the good ones into values of the council's categories. Problems name the row and the column.
 */
final class PoliceFile {

    static final int MAX_PROBLEMS = 200;
    static final int PREVIEW_ROWS = 10;

    /** Where the file's names are resolved: the workspace's kommun, its areas and the council's categories. */
    record Context(String municipalityCode, String municipalityName, List<String> municipalityNames,
            List<AreaSummary> areas, List<CouncilCategory> categories) {}

    record Result(TabularReader.Detected detected, List<String> header, Map<PoliceColumn, String> mapping,
            List<List<String>> preview, List<DataPoint> points, int rows, List<ImportProblem> problems, int problemCount,
            Set<String> unknownCategories) {}

    private static final Pattern MONTH_PERIOD = Pattern.compile("(\\d{4})[-/ ]?(?:m)?(\\d{1,2})");
    private static final Pattern TERTIAL_PERIOD = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*t([1-3])");
    private static final Pattern YEAR_PERIOD = Pattern.compile("(\\d{4})");
    private static final List<String> MONTH_NAMES = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private PoliceFile() {}

    record PeriodValue(LocalDate start, Granularity granularity) {}

    /** Parses 2026-01, 2026-1, januari 2026, 2026 T1 or 2026. */
    static PeriodValue period(String text) {
        var p = Reader.parsePeriod(text);
        return new PeriodValue(p.start(), p.granularity());
    }

    /** The mapping to use for this header: the remembered one where its columns exist, otherwise a guess by name. */
    static Map<PoliceColumn, String> mapping(List<String> header, Map<PoliceColumn, String> remembered) {
        var mapping = new EnumMap<PoliceColumn, String>(PoliceColumn.class);
        for (PoliceColumn column : PoliceColumn.values()) {
            String saved = remembered.get(column);
            if (saved != null && header.contains(saved)) {
                mapping.put(column, saved);
                continue;
            }
            if (saved != null && saved.isEmpty()) {
                continue;
            }
            header.stream().filter(column::matches).filter(h -> !mapping.containsValue(h)).findFirst()
                    .ifPresent(h -> mapping.put(column, h));
        }
        return mapping;
    }

    static Result read(byte[] content, Map<PoliceColumn, String> remembered, Context context, IntConsumer progress) {
        var reader = new Reader(remembered, context, progress);
        var detected = TabularReader.read(content, reader::row);
        if (reader.header == null) {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.empty"));
        }
        if (reader.rows == 0 && reader.problems.isEmpty()) {
            reader.problem(ImportProblem.file("statistics.import.error.noRows"));
        }
        return new Result(detected, reader.header, reader.mapping, reader.preview, reader.points, reader.rows,
                reader.problems, reader.problemCount, reader.unknownCategories);
    }

    private static final class Reader {
        final Map<PoliceColumn, String> remembered;
        final Context context;
        final IntConsumer progress;
        final Map<String, AreaSummary> areasByKey = new HashMap<>();
        final Map<String, NewSeries> seriesCache = new HashMap<>();
        final Map<String, Integer> seen = new HashMap<>();
        final List<DataPoint> points = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final List<List<String>> preview = new ArrayList<>();
        final Set<String> unknownCategories = new LinkedHashSet<>();
        @Nullable List<String> header;
        Map<PoliceColumn, String> mapping = Map.of();
        final Map<PoliceColumn, Integer> index = new EnumMap<>(PoliceColumn.class);
        int rows;
        int problemCount;

        Reader(Map<PoliceColumn, String> remembered, Context context, IntConsumer progress) {
            this.remembered = remembered;
            this.context = context;
            this.progress = progress;
            for (AreaSummary a : context.areas()) {
                areasByKey.putIfAbsent(CategoryRepository.key(a.name()), a);
                if (a.code() != null) {
                    areasByKey.putIfAbsent(CategoryRepository.key(a.code()), a);
                }
            }
        }

        void problem(ImportProblem p) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            }
        }

        void row(TabularReader.Row row) {
            if (header == null) {
                header = row.cells();
                mapping = PoliceFile.mapping(header, remembered);
                for (var e : mapping.entrySet()) {
                    index.put(e.getKey(), header.indexOf(e.getValue()));
                }
                for (PoliceColumn c : PoliceColumn.values()) {
                    if (c.required() && !index.containsKey(c)) {
                        problem(ImportProblem.file("statistics.police.error.missingColumn", c.swedishName()));
                    }
                }
                if (!index.containsKey(PoliceColumn.PERIOD) && !index.containsKey(PoliceColumn.YEAR)) {
                    problem(ImportProblem.file("statistics.police.error.noPeriodColumn"));
                }
                return;
            }
            rows++;
            if (rows % 5000 == 0) {
                progress.accept(rows);
            }
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(row.cells());
            }
            if (problemCount > 0 && problems.size() >= MAX_PROBLEMS) {
                problemCount++;
                return;
            }
            if (index.size() < 3) {
                return;
            }
            int before = problemCount;
            var period = period(row);
            String areaText = cell(row, PoliceColumn.AREA);
            String categoryText = cell(row, PoliceColumn.CATEGORY);
            Double count = count(row);
            Area area = area(row, areaText);
            CouncilCategory category = null;
            if (categoryText.isBlank()) {
                problem(ImportProblem.at(row.number(), header(PoliceColumn.CATEGORY), "statistics.import.error.blank"));
            } else if (period != null) {
                Optional<CouncilCategory> found = policeCategory(categoryText, period.start());
                if (found.isEmpty()) {
                    unknownCategories.add(categoryText.strip());
                    problem(ImportProblem.at(row.number(), header(PoliceColumn.CATEGORY),
                            "statistics.police.error.unknownCategory", categoryText.strip()));
                } else {
                    category = found.get();
                }
            }
            if (problemCount > before || period == null || area == null || category == null || count == null) {
                return;
            }
            String key = area.name().toLowerCase(Locale.ROOT) + "|" + category.code() + "|" + period.start() + "|"
                    + period.granularity();
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                problem(ImportProblem.at(row.number(), null, "statistics.police.error.duplicate", first));
                return;
            }
            final CouncilCategory c = category;
            final Area a = area;
            final Period p = period;
            var series = seriesCache.computeIfAbsent(a.name().toLowerCase(Locale.ROOT) + "|" + c.code() + "|"
                    + p.granularity(), k -> new NewSeries(Source.POLICE, c.code(), c.name(), Measure.COUNT,
                    "antal anmälda brott", p.granularity(), a.level(), context.municipalityCode(), a.id(), a.name(), true));
            points.add(new DataPoint(series, period.start(), count, null, false));
        }

        Optional<CouncilCategory> policeCategory(String name, LocalDate day) {
            String key = CategoryRepository.key(name);
            return context.categories().stream().filter(c -> c.validOn(day))
                    .filter(c -> CategoryRepository.key(c.code()).equals(key) || CategoryRepository.key(c.name()).equals(key)
                            || c.mappings().stream().anyMatch(m -> m.source().equals("POLICE")
                                    && CategoryRepository.key(m.name()).equals(key)))
                    .findFirst();
        }

        String cell(TabularReader.Row row, PoliceColumn column) {
            Integer i = index.get(column);
            return i == null ? "" : row.cell(i).strip();
        }

        String header(PoliceColumn column) {
            return mapping.getOrDefault(column, column.name());
        }

        record Area(@Nullable AreaId id, String name, AreaLevel level) {}

        @Nullable Area area(TabularReader.Row row, String text) {
            if (text.isBlank()) {
                problem(ImportProblem.at(row.number(), header(PoliceColumn.AREA), "statistics.import.error.blank"));
                return null;
            }
            String key = CategoryRepository.key(text);
            if (key.equals(context.municipalityCode()) || context.municipalityNames().stream()
                    .anyMatch(n -> key.equals(CategoryRepository.key(n)) || key.equals(CategoryRepository.key(n + " kommun")))) {
                return new Area(null, context.municipalityName(), AreaLevel.MUNICIPALITY);
            }
            AreaSummary a = areasByKey.get(key);
            if (a == null) {
                problem(ImportProblem.at(row.number(), header(PoliceColumn.AREA), "statistics.police.error.unknownArea",
                        text));
                return null;
            }
            return new Area(a.id(), a.name(), a.type() == se.samsyn.geo.AreaType.MUNICIPALITY
                    ? AreaLevel.MUNICIPALITY : AreaLevel.AREA);
        }

        @Nullable Double count(TabularReader.Row row) {
            String text = cell(row, PoliceColumn.COUNT).replace(" ", "").replace("\u00a0", "");
            String column = header(PoliceColumn.COUNT);
            if (text.isEmpty()) {
                problem(ImportProblem.at(row.number(), column, "statistics.import.error.blank"));
                return null;
            }
            long value;
            try {
                value = Long.parseLong(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            } catch (NumberFormatException e) {
                problem(ImportProblem.at(row.number(), column, "statistics.import.error.notWholeNumber", text));
                return null;
            }
            if (value < 0) {
                problem(ImportProblem.at(row.number(), column, "statistics.import.error.negative", text));
                return null;
            }
            return (double) value;
        }

        record Period(LocalDate start, Granularity granularity) {}

        @Nullable Period period(TabularReader.Row row) {
            try {
                if (index.containsKey(PoliceColumn.PERIOD)) {
                    return parsePeriod(cell(row, PoliceColumn.PERIOD));
                }
                if (!index.containsKey(PoliceColumn.YEAR)) {
                    return null;
                }
                int year = year(cell(row, PoliceColumn.YEAR));
                if (index.containsKey(PoliceColumn.MONTH)) {
                    return new Period(Granularity.MONTH.start(year, month(cell(row, PoliceColumn.MONTH))), Granularity.MONTH);
                }
                if (index.containsKey(PoliceColumn.TERTIAL)) {
                    String t = cell(row, PoliceColumn.TERTIAL).toLowerCase(Locale.ROOT).replace("t", "");
                    int tertial = Integer.parseInt(t);
                    if (tertial < 1 || tertial > 3) {
                        throw new NumberFormatException();
                    }
                    return new Period(Granularity.TERTIAL.start(year, tertial), Granularity.TERTIAL);
                }
                return new Period(Granularity.YEAR.start(year, 1), Granularity.YEAR);
            } catch (RuntimeException e) {
                PoliceColumn column = index.containsKey(PoliceColumn.PERIOD) ? PoliceColumn.PERIOD
                        : index.containsKey(PoliceColumn.MONTH) ? PoliceColumn.MONTH : PoliceColumn.YEAR;
                problem(ImportProblem.at(row.number(), header(column), "statistics.police.error.badPeriod",
                        cell(row, column)));
                return null;
            }
        }

        static Period parsePeriod(String raw) {
            String text = raw.strip().toLowerCase(Locale.ROOT);
            var t = TERTIAL_PERIOD.matcher(text);
            if (t.matches()) {
                return new Period(Granularity.TERTIAL.start(year(t.group(1)), Integer.parseInt(t.group(2))),
                        Granularity.TERTIAL);
            }
            var m = MONTH_PERIOD.matcher(text);
            if (m.matches()) {
                return new Period(Granularity.MONTH.start(year(m.group(1)), month(m.group(2))), Granularity.MONTH);
            }
            String[] words = text.split("\\s+");
            if (words.length == 2 && MONTH_NAMES.contains(words[0])) {
                return new Period(Granularity.MONTH.start(year(words[1]), MONTH_NAMES.indexOf(words[0]) + 1),
                        Granularity.MONTH);
            }
            if (YEAR_PERIOD.matcher(text).matches()) {
                return new Period(Granularity.YEAR.start(year(text), 1), Granularity.YEAR);
            }
            throw new IllegalArgumentException(raw);
        }

        static int year(String text) {
            int year = Integer.parseInt(text.strip().replaceAll("\\.0$", ""));
            if (year < 1950 || year > 2100) {
                throw new IllegalArgumentException(text);
            }
            return year;
        }

        static int month(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\.0$", "");
            int named = MONTH_NAMES.indexOf(t);
            int month = named >= 0 ? named + 1 : Integer.parseInt(t);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException(text);
            }
            return month;
        }
    }
}
