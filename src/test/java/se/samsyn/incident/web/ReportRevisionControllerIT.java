package se.samsyn.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditQuery;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.ReportView;
import se.samsyn.shared.Role;

@IntegrationTest
class ReportRevisionControllerIT {

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
    AuditApi audit;

    IncidentFixture fixture;
    TestData.TestWorkspace ws;
    UserId reporter;
    UserId coordinator;
    UUID id;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new IncidentFixture(geo, categories, data);
        ws = data.workspace();
        reporter = data.user(ws, Role.REPORTER);
        coordinator = data.user(ws, Role.COORDINATOR);
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Klotter på elskåpet"))
                .andExpect(status().is3xxRedirection());
        id = reports.list(ws.id(), ReportFilter.mine(reporter.value(), 0)).rows().get(0).id();
    }

    @Test
    void aReporterChangesTheirSubmittedReportAndTheHistoryAndAuditLogSaySo() throws Exception {
        mvc.perform(get("/workspaces/{ws}/reports/mine", ws.id()).with(data.as(reporter)))
                .andExpect(content().string(containsString("/reports/" + id + "/edit")));
        mvc.perform(get("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Klotter på elskåpet")))
                .andExpect(content().string(containsString("Lekplatsen vid Storgatan")));

        revise("Klotter och glaskross vid elskåpet", "Parkeringen vid Storgatan", "NARKOTIKA")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workspaces/" + ws.id() + "/reports/mine"))
                .andExpect(flash().attribute("flash", "incident.revise.done"));

        var report = view();
        assertThat(report.description()).isEqualTo("Klotter och glaskross vid elskåpet");
        assertThat(report.placeText()).isEqualTo("Parkeringen vid Storgatan");
        assertThat(report.categories()).extracting(ReportView.ReportCategory::code).containsExactly("NARKOTIKA");
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.history(id)).extracting(h -> h.kind()).containsExactly("SUBMITTED", "EDITED");
        assertThat(reports.history(id).get(1).note()).isEqualTo("SKADEGORELSE_KLOTTER → NARKOTIKA");
        assertThat(audit.search(new AuditQuery(ws.id(), null, "EDIT", "IncidentReport", id.toString(), null, null, 0, 10)))
                .hasSize(1);
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(reporter)))
                .andExpect(content().string(containsString("Ändrad av rapportören")))
                .andExpect(content().string(containsString("id=\"revise-report\"")));
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(coordinator)))
                .andExpect(content().string(not(containsString("id=\"revise-report\""))));
    }

    @Test
    void personalDataInAnEditIsWarnedAboutFirstThenMaskedWithTheOriginalKeptRestricted() throws Exception {
        revise("Bilen ABC123 stod där, ring 0701234567", "Lekplatsen vid Storgatan", "SKADEGORELSE_KLOTTER")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Texten verkar innehålla personuppgifter")))
                .andExpect(content().string(containsString("Bilen ABC123 stod där, ring 0701234567")))
                .andExpect(content().string(containsString("id=\"confirmPersonalData\"")));
        assertThat(view().description()).isEqualTo("Klotter på elskåpet");

        revise("Bilen ABC123 stod där, ring 0701234567", "Lekplatsen vid Storgatan", "SKADEGORELSE_KLOTTER",
                "confirmPersonalData", "true")
                .andExpect(status().is3xxRedirection());

        var report = view();
        assertThat(report.description()).isEqualTo("Bilen [***] stod där, ring [***]");
        assertThat(report.personalDataFound()).isTrue();
        assertThat(reports.showOriginal(ws.id(), id, "kontroll", data.principal(coordinator).actor()).description())
                .isEqualTo("Bilen ABC123 stod där, ring 0701234567");
        assertThat(audit.search(new AuditQuery(ws.id(), null, "SHOW_ORIGINAL", "IncidentReport", id.toString(), null, null,
                0, 10))).hasSize(1);
        mvc.perform(get("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(reporter)))
                .andExpect(content().string(not(containsString("0701234567"))));
    }

    @Test
    void aCategoryRetiredSinceTheReportStaysWhenTheReporterChangesTheTextButCannotBeAddedAnew() throws Exception {
        var graffiti = fixture.category(ws, "SKADEGORELSE_KLOTTER");
        var litter = fixture.category(ws, "NEDSKRAPNING");
        categories.retire(ws.id(), graffiti.id());
        categories.retire(ws.id(), litter.id());

        mvc.perform(get("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + graffiti.id() + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + litter.id() + "\""))));
        revise("Klotter på elskåpet, nu även på muren", "Lekplatsen vid Storgatan", "SKADEGORELSE_KLOTTER")
                .andExpect(status().is3xxRedirection());
        assertThat(view().categories()).extracting(ReportView.ReportCategory::code).containsExactly("SKADEGORELSE_KLOTTER");
        assertThat(view().description()).isEqualTo("Klotter på elskåpet, nu även på muren");

        revise("Klotter och skräp", "Lekplatsen vid Storgatan", "SKADEGORELSE_KLOTTER", "categoryIds", litter.id().toString())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Klotter och skräp")));
        assertThat(view().categories()).extracting(ReportView.ReportCategory::code).containsExactly("SKADEGORELSE_KLOTTER");
    }

    @Test
    void aRejectedEditKeepsWhatWasTypedAndStoresNothing() throws Exception {
        mvc.perform(post("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(reporter)).with(csrf())
                        .param("version", String.valueOf(view().version()))
                        .param("description", "Något nytt har hänt")
                        .param("placeText", "Torget"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Välj minst en kategori.")))
                .andExpect(content().string(containsString("Något nytt har hänt")))
                .andExpect(content().string(containsString("value=\"Torget\"")));
        assertThat(view().description()).isEqualTo("Klotter på elskåpet");
    }

    @Test
    void aReportThatNeededMoreInformationGoesBackToReviewWhenTheReporterChangesIt() throws Exception {
        changeStatus("NEEDS_INFO");

        revise("Klotter på elskåpet, cirka två meter brett", "Lekplatsen vid Storgatan", "SKADEGORELSE_KLOTTER")
                .andExpect(status().is3xxRedirection());

        assertThat(view().status()).isEqualTo(ReportStatus.UNDER_REVIEW);
        var edit = reports.history(id).get(reports.history(id).size() - 1);
        assertThat(edit.kind()).isEqualTo("EDITED");
        assertThat(edit.from()).isEqualTo(ReportStatus.NEEDS_INFO);
        assertThat(edit.to()).isEqualTo(ReportStatus.UNDER_REVIEW);
    }

    @Test
    void onceTheCoordinatorIsHandlingItTheReportCanNoLongerBeChangedByTheReporter() throws Exception {
        changeStatus("UNDER_REVIEW");

        mvc.perform(get("/workspaces/{ws}/reports/mine", ws.id()).with(data.as(reporter)))
                .andExpect(content().string(not(containsString("/reports/" + id + "/edit"))));
        mvc.perform(get("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(reporter)))
                .andExpect(status().isUnprocessableContent());
        revise("Sent tillägg", "Lekplatsen vid Storgatan", "SKADEGORELSE_KLOTTER")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapporten kan inte längre ändras av dig")))
                .andExpect(content().string(containsString("Sent tillägg")));
        assertThat(view().description()).isEqualTo("Klotter på elskåpet");
    }

    @Test
    void nobodyElseMayChangeTheReport() throws Exception {
        var otherReporter = data.user(ws, Role.REPORTER);
        var reader = data.user(ws, Role.READER);
        var foreignAdmin = data.user(data.workspace(), Role.ADMIN);

        mvc.perform(get("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(otherReporter)))
                .andExpect(status().isNotFound());
        mvc.perform(revision(otherReporter, "Kapat", "NARKOTIKA")).andExpect(status().isNotFound());
        mvc.perform(revision(coordinator, "Kapat", "NARKOTIKA")).andExpect(status().isNotFound());
        mvc.perform(revision(reader, "Kapat", "NARKOTIKA")).andExpect(status().isForbidden());
        mvc.perform(revision(foreignAdmin, "Kapat", "NARKOTIKA")).andExpect(status().isNotFound());
        assertThat(view().description()).isEqualTo("Klotter på elskåpet");
    }

    @Test
    void anEditBuiltOnAnOlderVersionIsRefused() throws Exception {
        long version = view().version();
        changeStatus("NEEDS_INFO");

        mvc.perform(post("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(reporter)).with(csrf())
                        .param("version", String.valueOf(version))
                        .param("description", "Skrivet innan")
                        .param("placeText", "Lekplatsen vid Storgatan")
                        .param("categoryIds", fixture.category(ws, "SKADEGORELSE_KLOTTER").id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat rapporten under tiden")))
                .andExpect(content().string(containsString("Skrivet innan")));
        assertThat(view().description()).isEqualTo("Klotter på elskåpet");
    }

    private ResultActions revise(String description, String place, String category, String... extra) throws Exception {
        var request = post("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(reporter)).with(csrf())
                .param("version", String.valueOf(view().version()))
                .param("description", description)
                .param("placeText", place)
                .param("categoryIds", fixture.category(ws, category).id().toString());
        for (int i = 0; i < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.RequestBuilder revision(UserId user, String description, String category) {
        return post("/workspaces/{ws}/reports/{id}/edit", ws.id(), id).with(data.as(user)).with(csrf())
                .param("description", description)
                .param("placeText", "Torget")
                .param("categoryIds", fixture.category(ws, category).id().toString());
    }

    private void changeStatus(String status) throws Exception {
        mvc.perform(post("/workspaces/{ws}/reports/{id}/status", ws.id(), id).with(data.as(coordinator)).with(csrf())
                        .param("status", status))
                .andExpect(status().is3xxRedirection());
    }

    private ReportView view() {
        return reports.read(ws.id(), id, data.principal(coordinator).actor());
    }
}
