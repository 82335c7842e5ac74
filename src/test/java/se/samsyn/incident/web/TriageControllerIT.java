package se.samsyn.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportRow;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.ReportView;
import se.samsyn.shared.Role;

@IntegrationTest
class TriageControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    GeoApi geo;

    @Autowired
    CategoryService categories;

    @Autowired
    ReportService reports;

    @Autowired
    se.samsyn.audit.AuditApi audit;

    IncidentFixture fixture;
    TestData.TestWorkspace ws;
    AreaSummary area;
    UserId reporter;
    UserId coordinator;

    @BeforeEach
    void setUp() {
        fixture = new IncidentFixture(geo, categories, data);
        ws = data.workspace();
        area = fixture.area(ws);
        reporter = data.user(ws, Role.REPORTER);
        coordinator = data.user(ws, Role.COORDINATOR);
    }

    @Test
    void theCoordinatorMovesAReportThroughAllowedStatusesAndTheHistoryShowsEachStep() throws Exception {
        UUID id = send("Klotter på skolan", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));

        changeStatus(id, "UNDER_REVIEW").andExpect(status().is3xxRedirection());
        changeStatus(id, "ACCEPTED").andExpect(status().is3xxRedirection());
        changeStatus(id, "UNDER_REVIEW").andExpect(status().isOk())
                .andExpect(content().string(containsString("Statusen kan inte ändras från ACCEPTED till UNDER_REVIEW")));
        changeStatus(id, "CLOSED").andExpect(status().is3xxRedirection());

        assertThat(view(id).status()).isEqualTo(ReportStatus.CLOSED);
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(coordinator)))
                .andExpect(content().string(containsString("Inskickad → Granskas")))
                .andExpect(content().string(containsString("Granskas → Godkänd")))
                .andExpect(content().string(containsString("Godkänd → Avslutad")));
    }

    @Test
    void reclassifyingKeepsTheHistoryAndRedactionKeepsTheOriginal() throws Exception {
        UUID id = send("Sprayade tags på tunneln", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        var litter = fixture.category(ws, "NEDSKRAPNING");

        mvc.perform(post("/workspaces/{ws}/reports/{id}/categories", ws.id(), id).with(data.as(coordinator)).with(csrf())
                        .param("categoryIds", litter.id().toString()).param("note", "Felaktig kategori"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/workspaces/{ws}/reports/{id}/redact", ws.id(), id).with(data.as(coordinator)).with(csrf())
                        .param("text", "Tags i tunneln").param("reason", "Onödiga detaljer"))
                .andExpect(status().is3xxRedirection());

        var report = view(id);
        assertThat(report.categories()).extracting(ReportView.ReportCategory::code).containsExactly("NEDSKRAPNING");
        assertThat(report.status()).isEqualTo(ReportStatus.REDACTED);
        assertThat(report.description()).isEqualTo("Tags i tunneln");
        assertThat(report.redactionReason()).isEqualTo("Onödiga detaljer");
        assertThat(reports.showOriginal(ws.id(), id, "test", data.principal(coordinator).actor()).description())
                .isEqualTo("Sprayade tags på tunneln");
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(coordinator)))
                .andExpect(content().string(containsString("SKADEGORELSE_KLOTTER → NEDSKRAPNING (Felaktig kategori)")))
                .andExpect(content().string(containsString("Redigerad")))
                .andExpect(content().string(containsString("Onödiga detaljer")));
    }

    @Test
    void aRedactionWithoutReasonIsRefusedAndKeepsTheTypedText() throws Exception {
        UUID id = send("Text", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));

        mvc.perform(post("/workspaces/{ws}/reports/{id}/redact", ws.id(), id).with(data.as(coordinator)).with(csrf())
                        .param("text", "Min nya text").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange ett skäl för redigeringen")))
                .andExpect(content().string(containsString("Min nya text")));
        assertThat(view(id).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void theQueueFiltersByStatusCategoryAreaAndPeriod() throws Exception {
        UUID old = send("Gammal", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(20));
        UUID recent = send("Ny", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        UUID noArea = sendPlaceText("Utan nål");
        changeStatus(recent, "ACCEPTED");

        assertThat(ids(new ReportFilter(ReportStatus.ACCEPTED, null, null, null, null, null, 0, 50))).containsExactly(recent);
        assertThat(ids(new ReportFilter(null, null, area.id().value(), null, null, null, 0, 50))).containsExactlyInAnyOrder(old, recent);
        assertThat(ids(new ReportFilter(null, null, null, LocalDate.now().minusDays(3), LocalDate.now(), null, 0, 50)))
                .containsExactlyInAnyOrder(recent, noArea);
        assertThat(ids(new ReportFilter(null, fixture.category(ws, "SKADEGORELSE_KLOTTER").id(), null, null, null, null, 0, 50)))
                .containsExactlyInAnyOrder(old, recent, noArea);
        assertThat(ids(new ReportFilter(null, fixture.category(ws, "NARKOTIKA").id(), null, null, null, null, 0, 50))).isEmpty();

        mvc.perform(get("/workspaces/{ws}/reports", ws.id()).param("status", "ACCEPTED").with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapporter (1 st)")));
    }

    @Test
    void nearbyReportsOfTheSameCategoryAreSuggestedAndLinkingCountsOneProblem() throws Exception {
        UUID first = send("Klotter A", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(3));
        UUID second = send("Klotter B", IncidentFixture.NEAR_LON, LocalDate.now().minusDays(1));
        UUID farAway = send("Klotter C", 13.24, LocalDate.now().minusDays(1));
        UUID tooOld = send("Klotter D", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(30));

        var suggestions = reports.duplicates(ws.id(), view(second), data.principal(coordinator).actor());
        assertThat(suggestions).extracting(d -> d.report().id()).containsExactly(first);
        assertThat(suggestions.get(0).distanceMetres()).isBetween(50, 80);

        mvc.perform(post("/workspaces/{ws}/reports/{id}/link", ws.id(), second).with(data.as(coordinator)).with(csrf())
                        .param("other", first.toString()))
                .andExpect(status().is3xxRedirection());

        var all = reports.list(ws.id(), new ReportFilter(null, null, null, null, null, null, 0, 50));
        assertThat(all.observations()).isEqualTo(4);
        assertThat(all.uniqueProblems()).isEqualTo(3);
        assertThat(view(first).problemId()).isNotNull().isEqualTo(view(second).problemId());
        assertThat(view(farAway).problemId()).isNull();
        assertThat(view(tooOld).problemId()).isNull();
        mvc.perform(get("/workspaces/{ws}/reports", ws.id()).with(data.as(coordinator)))
                .andExpect(content().string(containsString("<dd id=\"count-problems\">3</dd>")));
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), second).with(data.as(coordinator)))
                .andExpect(content().string(containsString("Andra rapporter om samma problem")))
                .andExpect(content().string(containsString("Kopplad till samma problem")));
    }

    @Test
    void theDuplicateDistanceIsConfigurablePerWorkspace() throws Exception {
        send("Klotter A", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        UUID second = send("Klotter B", IncidentFixture.NEAR_LON, LocalDate.now().minusDays(1));

        mvc.perform(post("/workspaces/{ws}/reports/settings", ws.id()).with(data.as(coordinator)).with(csrf())
                        .param("radiusMetres", "30").param("days", "7"))
                .andExpect(status().is3xxRedirection());

        assertThat(reports.duplicates(ws.id(), view(second), data.principal(coordinator).actor())).isEmpty();
    }

    @Test
    void aReaderSeesTheQueueMaskedButMayNotChangeAnything() throws Exception {
        UUID id = send("Text", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        var reader = data.user(ws, Role.READER);

        mvc.perform(get("/workspaces/{ws}/reports", ws.id()).with(data.as(reader))).andExpect(status().isOk());
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Ändra status"))));
        mvc.perform(post("/workspaces/{ws}/reports/{id}/status", ws.id(), id).with(data.as(reader)).with(csrf())
                        .param("status", "ACCEPTED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/{ws}/reports/{id}/feedback", ws.id(), id).with(data.as(reader)).with(csrf())
                        .param("text", "Hej"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/{ws}/reports/{id}/redact", ws.id(), id).with(data.as(reader)).with(csrf())
                        .param("text", "x").param("reason", "y"))
                .andExpect(status().isForbidden());
        assertThat(view(id).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aUserOfAnotherWorkspaceGets404AndAnotherReporterCannotReadTheReport() throws Exception {
        UUID id = send("Text", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        var foreign = data.user(data.workspace(), Role.COORDINATOR);
        var otherReporter = data.user(ws, Role.REPORTER);

        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(foreign))).andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/{ws}/reports/{id}/status", ws.id(), id).with(data.as(foreign)).with(csrf())
                        .param("status", "ACCEPTED"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(otherReporter))).andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(reporter))).andExpect(status().isOk());
    }

    @Test
    void aReporterOnlyGoesToMyReportsFromTheReportsLink() throws Exception {
        mvc.perform(get("/workspaces/{ws}/reports", ws.id()).with(data.as(reporter)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theCsvExportHonoursTheFilterAndIsSafeForSwedishExcel() throws Exception {
        UUID accepted = send("=HYPERLINK(\"http://x\")", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        send("Inte med", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        changeStatus(accepted, "ACCEPTED");

        byte[] csv = mvc.perform(get("/workspaces/{ws}/reports/export.csv", ws.id()).param("status", "ACCEPTED")
                        .with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("rapporter.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        var lines = text.substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("nummer;skickad;inträffade;");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(view(accepted).reference()).contains(";ACCEPTED;").contains("'=HYPERLINK")
                .contains("55,7047");
        mvc.perform(get("/workspaces/{ws}/reports/export.csv", ws.id()).with(data.as(reporter))).andExpect(status().isForbidden());
        assertThat(audit.search(new se.samsyn.audit.AuditQuery(ws.id(), null, "EXPORT", "IncidentReport", null, null, null, 0, 10)))
                .singleElement().satisfies(e -> assertThat(e.details()).isEqualTo("rows=1"));
    }

    @Test
    void theExcelExportHasOneSheetForAllAndOnePerCategory() throws Exception {
        send("Klotter", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        UUID litter = send("Skräp", IncidentFixture.INSIDE_LON, LocalDate.now().minusDays(1));
        reports.reclassify(ws.id(), litter, List.of(fixture.category(ws, "NEDSKRAPNING").id()), null,
                data.principal(coordinator).actor());

        byte[] xlsx = mvc.perform(get("/workspaces/{ws}/reports/export.xlsx", ws.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .containsExactlyInAnyOrder("Alla", "Klotter och tags", "Nedskräpning och sanitära probl");
            assertThat(sheets.get(0).getName()).isEqualTo("Alla");
            assertThat(sheets.get(0).read()).hasSize(3);
            var litterSheet = workbook.findSheet("Nedskräpning och sanitära probl").orElseThrow();
            assertThat(litterSheet.read()).hasSize(2);
            assertThat(litterSheet.read().get(1).getCellText(9)).isEqualTo("Skräp");
        }
    }

    private UUID send(String text, double lon, LocalDate date) throws Exception {
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), text, date)
                        .param("observations[0].lat", String.valueOf(IncidentFixture.INSIDE_LAT))
                        .param("observations[0].lon", String.valueOf(lon)))
                .andExpect(status().is3xxRedirection());
        return latest();
    }

    private UUID sendPlaceText(String text) throws Exception {
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), text)).andExpect(status().is3xxRedirection());
        return latest();
    }

    private UUID latest() {
        return reports.list(ws.id(), ReportFilter.mine(reporter.value(), 0)).rows().get(0).id();
    }

    private org.springframework.test.web.servlet.ResultActions changeStatus(UUID id, String status) throws Exception {
        return mvc.perform(post("/workspaces/{ws}/reports/{id}/status", ws.id(), id).with(data.as(coordinator)).with(csrf())
                .param("status", status));
    }

    private ReportView view(UUID id) {
        return reports.read(ws.id(), id, data.principal(coordinator).actor());
    }

    private List<UUID> ids(ReportFilter filter) {
        return reports.list(ws.id(), filter).rows().stream().map(ReportRow::id).toList();
    }
}
