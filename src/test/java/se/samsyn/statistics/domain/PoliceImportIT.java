package se.samsyn.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.shared.Role;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesValue;
import se.samsyn.statistics.Source;
import se.samsyn.statistics.StatisticsApi;

@IntegrationTest
class PoliceImportIT {

    @Autowired ImportJobs jobs;
    @Autowired CategoryService categories;
    @Autowired StatisticsApi statistics;
    @Autowired TestData data;

    TestData.TestWorkspace ws;
    UUID police;

    @BeforeEach
    void workspaceWithCategories() {
        ws = data.workspace();
        police = data.user(ws, Role.MUNICIPAL_POLICE).value();
        data.actAs(data.user(ws, Role.COORDINATOR));
        var skadegorelse = categories.create(ws.id(), "SKADE", "Skadegörelse", LocalDate.of(2020, 1, 1), null);
        categories.map(ws.id(), skadegorelse, "POLICE", "Skadegörelsebrott");
        categories.create(ws.id(), "VALD", "Våldsbrott", LocalDate.of(2020, 1, 1), null);
    }

    byte[] csv(String text, Charset charset) {
        return text.replace("KOMMUN", ws.name()).getBytes(charset);
    }

    double total(String period) {
        return statistics.values(ws.id(), SeriesQuery.all().source(Source.POLICE)).stream()
                .filter(v -> v.period().equals(period)).mapToDouble(SeriesValue::value).sum();
    }

    @Test
    void importsSemicolonWindows1252AndCommaUtf8WithBomAlike() {
        var first = jobs.importNow(ws.id(), ImportKind.POLICE, "jan.csv", csv("""
                Område;Månad;År;Brottskategori;Antal
                KOMMUN;1;2026;Skadegörelsebrott;12
                KOMMUN;1;2026;Våldsbrott;7
                """, Charset.forName("windows-1252")), police);
        assertThat(first.values()).isEqualTo(2);

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = csv("omrade,period,brottskategori,antal\nKOMMUN,2026-02,SKADE,4\n", StandardCharsets.UTF_8);
        var both = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(body, 0, both, 3, body.length);
        jobs.importNow(ws.id(), ImportKind.POLICE, "feb.csv", both, police);

        assertThat(total("2026-01")).isEqualTo(19);
        assertThat(total("2026-02")).isEqualTo(4);
        assertThat(statistics.series(ws.id(), SeriesQuery.all().councilCategory("SKADE").source(Source.POLICE)))
                .singleElement().satisfies(s -> assertThat(s.valueCount()).isEqualTo(2));
    }

    @Test
    void reimportingTheSameFileChangesNothingAndACorrectedFileReplacesThePeriod() {
        byte[] original = csv("område\tperiod\tkategori\tantal\nKOMMUN\t2026-03\tVåldsbrott\t10\nKOMMUN\t2026-03\tSKADE\t5\n",
                StandardCharsets.UTF_8);
        jobs.importNow(ws.id(), ImportKind.POLICE, "mars.tsv", original, police);
        var again = jobs.importNow(ws.id(), ImportKind.POLICE, "mars.tsv", original, police);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(total("2026-03")).isEqualTo(15);

        var corrected = jobs.importNow(ws.id(), ImportKind.POLICE, "mars-rättad.tsv",
                csv("område\tperiod\tkategori\tantal\nKOMMUN\t2026-03\tVåldsbrott\t11\n", StandardCharsets.UTF_8), police);
        assertThat(corrected.replaced()).isEqualTo(2);
        assertThat(total("2026-03")).isEqualTo(11);
    }

    @Test
    void readsXlsx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var wb = new Workbook(out, "test", "1.0")) {
            var sheet = wb.newWorksheet("Blad1");
            String[] header = {"Område", "Period", "Brottskategori", "Antal"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, ws.name());
            sheet.value(1, 1, "2026-04");
            sheet.value(1, 2, "Våldsbrott");
            sheet.value(1, 3, 9);
        }
        jobs.importNow(ws.id(), ImportKind.POLICE, "april.xlsx", out.toByteArray(), police);
        assertThat(total("2026-04")).isEqualTo(9);
    }

    @Test
    void badRowsAreReportedWithRowAndColumnAndNothingIsImported() {
        jobs.importNow(ws.id(), ImportKind.POLICE, "maj.csv",
                csv("område;period;kategori;antal\nKOMMUN;2026-05;VALD;3\n", StandardCharsets.UTF_8), police);

        var bad = csv("""
                område;period;kategori;antal
                KOMMUN;2026-05;VALD;tre
                KOMMUN;2026-05;SKADE;-1
                Atlantis;2026-05;VALD;1
                KOMMUN;2026-05;Okänt brott;1
                KOMMUN;2026-13;VALD;1
                KOMMUN;2026-06;VALD;1
                KOMMUN;2026-06;VALD;2
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> jobs.importNow(ws.id(), ImportKind.POLICE, "fel.csv", bad, police))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems())
                        .extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                        .containsExactly(
                                "2:antal:statistics.import.error.notWholeNumber",
                                "3:antal:statistics.import.error.negative",
                                "4:område:statistics.police.error.unknownArea",
                                "5:kategori:statistics.police.error.unknownCategory",
                                "6:period:statistics.police.error.badPeriod",
                                "8:null:statistics.police.error.duplicate"));
        assertThat(total("2026-05")).isEqualTo(3);
        assertThat(total("2026-06")).isZero();
    }

    @Test
    void badFilesAreRefusedWithAClearReason() {
        Map<String, String> cases = Map.of(
                "", "statistics.import.error.empty",
                "område;period;kategori;antal\nKOMMUN;2026-05;VALD\n", "statistics.import.error.columnCount",
                "område;period;kategori;antal\nKOMMUN,2026-05,VALD,1\n", "statistics.import.error.mixedSeparators",
                "område;period;kategori\nKOMMUN;2026-05;VALD\n", "statistics.police.error.missingColumn",
                "bara en kolumn\nx\n", "statistics.import.error.noSeparator");
        cases.forEach((text, key) -> assertThatThrownBy(() -> jobs.importNow(ws.id(), ImportKind.POLICE, "x.csv",
                csv(text, StandardCharsets.UTF_8), police))
                .as(key).isInstanceOfSatisfying(ImportRejected.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo(key)));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 210; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThatThrownBy(() -> jobs.importNow(ws.id(), ImportKind.POLICE, "bomb.xlsx", out.toByteArray(), police))
                .isInstanceOfSatisfying(ImportRejected.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("statistics.import.error.zipBomb"));
    }

    @Test
    void aBackgroundJobIsCheckedThenImportedAndKeepsItsState() throws Exception {
        var id = jobs.upload(ws.id(), ImportKind.POLICE, "juli.csv",
                csv("område;period;kategori;antal\nKOMMUN;2026-07;Nytt namn;8\n", StandardCharsets.UTF_8), police);
        var checked = await(id, JobStatus.REJECTED);
        assertThat(jobs.problems(ws.id(), id)).extracting(ImportProblem::messageKey)
                .containsExactly("statistics.police.error.unknownCategory");
        assertThat(checked.preview()).containsExactly(java.util.List.of(ws.name(), "2026-07", "Nytt namn", "8"));

        var vald = categories.list(ws.id()).stream().filter(c -> c.code().equals("VALD")).findFirst().orElseThrow();
        jobs.mapCategories(ws.id(), id, Map.of("Nytt namn", vald.id()));
        await(id, JobStatus.READY);
        jobs.start(ws.id(), id);
        var done = await(id, JobStatus.DONE);
        assertThat(done.values()).isEqualTo(1);
        assertThat(total("2026-07")).isEqualTo(8);
    }

    ImportJob await(UUID id, JobStatus wanted) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var job = jobs.job(ws.id(), id);
            if (!job.status().busy()) {
                assertThat(job.status()).isEqualTo(wanted);
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job did not finish");
    }
}
