package se.samsyn.statistics.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads a CSV or XLSX file row by row. CSV: detects the encoding (UTF-8 with or without BOM, otherwise Windows-1252)
 * and the separator ({@code ;}, {@code ,} or tab, the one the header line uses most). XLSX: the first sheet, after
 * checking the archive is not a zip bomb. Rows are numbered as in the file (the header line is row 1).
 */
final class TabularReader {

    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long MAX_XLSX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final int MAX_XLSX_ENTRIES = 2_000;

    /** What the reader found out about the file. */
    record Detected(String format, String encoding, String separator, long estimatedRows) {}

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    interface Handler {
        void row(Row row);
    }

    private TabularReader() {}

    static boolean isXlsx(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static Detected detect(byte[] content) {
        check(content);
        if (isXlsx(content)) {
            return new Detected("XLSX", "", "", 0);
        }
        var text = decode(content);
        long lines = text.text().chars().filter(c -> c == '\n').count();
        return new Detected("CSV", text.encoding(), separatorName(separator(text.text())), lines);
    }

    /** Reads every row (header included) and hands it over; blank rows are skipped. */
    static Detected read(byte[] content, Handler handler) {
        check(content);
        if (isXlsx(content)) {
            readXlsx(content, handler);
            return new Detected("XLSX", "", "", 0);
        }
        var text = decode(content);
        char separator = separator(text.text());
        var format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true).get();
        int expected = -1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), format)) {
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                var cells = new ArrayList<String>(record.size());
                record.forEach(cells::add);
                var row = new Row(line, cells);
                if (row.blank()) {
                    continue;
                }
                if (expected < 0) {
                    expected = cells.size();
                    if (expected < 2) {
                        throw new ImportRejected(ImportProblem.file("statistics.import.error.noSeparator"));
                    }
                } else if (cells.size() != expected) {
                    String raw = String.join(String.valueOf(separator), cells);
                    boolean mixed = otherSeparators(separator).chars().anyMatch(c -> raw.indexOf(c) >= 0);
                    throw new ImportRejected(ImportProblem.at(line, null, mixed
                            ? "statistics.import.error.mixedSeparators" : "statistics.import.error.columnCount",
                            cells.size(), expected, separatorName(separator)));
                }
                handler.row(row);
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.badCsv", String.valueOf(e.getMessage())));
        }
        if (expected < 0) {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.empty"));
        }
        return new Detected("CSV", text.encoding(), separatorName(separator), 0);
    }

    private static void check(byte[] content) {
        if (content.length == 0) {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.empty"));
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.tooLarge", MAX_FILE_BYTES / 1024 / 1024));
        }
    }

    record Text(String text, String encoding) {}

    static Text decode(byte[] content) {
        int offset = 0;
        String encoding = "UTF-8";
        if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF) {
            offset = 3;
            encoding = "UTF-8 med BOM";
        } else if (content.length >= 2 && (((content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE)
                || ((content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF))) {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.encoding", "UTF-16"));
        }
        for (int i = offset; i < Math.min(content.length, offset + 65536); i++) {
            if (content[i] == 0) {
                throw new ImportRejected(ImportProblem.file("statistics.import.error.notText"));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
            return new Text(text, encoding);
        } catch (CharacterCodingException e) {
            if (offset == 3) {
                throw new ImportRejected(ImportProblem.file("statistics.import.error.encoding", "UTF-8 med BOM"));
            }
            return new Text(new String(content, Charset.forName("windows-1252")), "Windows-1252");
        }
    }

    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    static String separatorName(char separator) {
        return switch (separator) {
            case ';' -> "semikolon";
            case '\t' -> "tabb";
            default -> "komma";
        };
    }

    private static String otherSeparators(char separator) {
        return ";,\t".replace(String.valueOf(separator), "");
    }

    private static void readXlsx(byte[] content, Handler handler) {
        checkZip(content);
        try (InputStream in = new ByteArrayInputStream(content); var workbook = new ReadableWorkbook(in);
                var rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(r -> {
                var cells = new ArrayList<String>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    Cell cell = r.getCell(i);
                    String text = cell == null || cell.getRawValue() == null ? "" : cell.getText();
                    cells.add(text == null ? "" : text.strip());
                }
                var row = new Row(r.getRowNum(), cells);
                if (!row.blank()) {
                    handler.row(row);
                }
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            org.slf4j.LoggerFactory.getLogger(TabularReader.class).info("Unreadable XLSX: {}", e.toString());
            throw new ImportRejected(ImportProblem.file("statistics.import.error.badXlsx"));
        }
    }

    /** Unpacks the archive once, counting real bytes, so a small file that expands to gigabytes is refused. */
    private static void checkZip(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[65536];
        java.nio.file.Path temp = null;
        try {
            temp = java.nio.file.Files.createTempFile("samsyn-xlsx", ".zip");
            java.nio.file.Files.write(temp, content);
            try (var zip = new java.util.zip.ZipFile(temp.toFile())) {
                var all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    if (++entries > MAX_XLSX_ENTRIES) {
                        throw new ImportRejected(ImportProblem.file("statistics.import.error.zipBomb"));
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            total += n;
                            if (total > MAX_XLSX_UNPACKED_BYTES) {
                                throw new ImportRejected(ImportProblem.file("statistics.import.error.zipBomb"));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.badXlsx"));
        } finally {
            if (temp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
        if (entries == 0) {
            throw new ImportRejected(ImportProblem.file("statistics.import.error.badXlsx"));
        }
    }
}
