package se.samsyn.incident.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Reports as an Excel workbook: one sheet with all reports, then one sheet per category (masked text). */
public final class ReportXlsx {

    private ReportXlsx() {}

    public static byte[] write(List<ReportRow> rows, String allSheetName) {
        Map<String, List<ReportRow>> byCategory = new LinkedHashMap<>();
        for (var r : rows) {
            for (String category : r.categoryNames()) {
                byCategory.computeIfAbsent(category, k -> new java.util.ArrayList<>()).add(r);
            }
        }
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Samsyn", "1.0")) {
            Set<String> used = new HashSet<>();
            sheet(workbook, sheetName(allSheetName, used), rows);
            for (var e : byCategory.entrySet()) {
                sheet(workbook, sheetName(e.getKey(), used), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Workbook workbook, String name, List<ReportRow> rows) {
        Worksheet sheet = workbook.newWorksheet(name);
        var header = ReportCsv.HEADER;
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        for (var r : rows) {
            sheet.value(row, 0, r.reference());
            sheet.value(row, 1, LocalDateTime.ofInstant(r.submittedAt(), Occurrence.ZONE));
            sheet.style(row, 1).format("yyyy-mm-dd hh:mm").set();
            sheet.value(row, 2, LocalDateTime.ofInstant(r.occurredStart(), Occurrence.ZONE));
            sheet.style(row, 2).format("yyyy-mm-dd hh:mm").set();
            sheet.value(row, 3, r.accuracy().name());
            sheet.value(row, 4, r.status().name());
            sheet.value(row, 5, String.join(", ", r.categoryNames()));
            sheet.value(row, 6, r.placeText() == null ? "" : r.placeText());
            if (r.lat() != null && r.lon() != null) {
                sheet.value(row, 7, r.lat());
                sheet.value(row, 8, r.lon());
            }
            sheet.value(row, 9, r.description());
            sheet.value(row, 10, r.personalDataFound() ? "ja" : "nej");
            sheet.value(row, 11, r.problemId() == null ? "" : r.problemId().toString());
            row++;
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    static String sheetName(String wanted, Set<String> used) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Blad";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
