package se.samsyn.incident.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** Reports as CSV for Swedish Excel: semicolons, UTF-8 with BOM, local times, masked text, no formula injection. */
public final class ReportCsv {

    static final List<String> HEADER = List.of("nummer", "skickad", "inträffade", "tidsnoggrannhet", "status", "kategorier",
            "plats", "latitud", "longitud", "beskrivning", "personuppgifter_maskerade", "problem");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Occurrence.ZONE);

    private ReportCsv() {}

    public static byte[] write(List<ReportRow> rows) {
        var out = new StringWriter();
        out.write('\uFEFF');
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setRecordSeparator("\r\n").get();
        try (var printer = new CSVPrinter(out, format)) {
            printer.printRecord(HEADER);
            for (var r : rows) {
                printer.printRecord(r.reference(), TIME.format(r.submittedAt()), TIME.format(r.occurredStart()),
                        r.accuracy().name(), r.status().name(), cell(String.join(", ", r.categoryNames())),
                        cell(r.placeText()), r.lat() == null ? "" : r.lat().toString().replace('.', ','),
                        r.lon() == null ? "" : r.lon().toString().replace('.', ','), cell(r.description()),
                        r.personalDataFound() ? "ja" : "nej", r.problemId() == null ? "" : r.problemId().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Excel runs cells starting with = + - @ as formulas; a leading apostrophe keeps them text. */
    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
