package se.samsyn.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.actionplan.domain.ActionPlans;
import se.samsyn.shared.Role;

/** The pages and the REST API of action plans, through MockMvc: forms keep input on errors, reports download. */
@IntegrationTest
class ActionPlanWebIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ActionPlans plans;
    @Autowired se.samsyn.geo.GeoApi geo;

    record Setup(TestData.TestWorkspace ws, UserId coordinator, UUID plan, UUID cause) {}

    Setup planWithOneCause() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        String base = "/workspaces/" + ws.id() + "/action-plans";
        String problemUrl = mvc.perform(post(base + "/problems").with(csrf()).with(data.as(coordinator))
                        .param("title", "Otrygghet vid resecentrum").param("periodFrom", "2026-01-01")
                        .param("periodTo", "2026-12-31").param("priority", "1")
                        .param("documentTitle", "Trygghetsprogram").param("documentUrl", "https://kommun.example/t"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(problemUrl + "/analysis").with(csrf()).with(data.as(coordinator)).param("method", "EVENT_CHAIN")
                .param("place", "Mörk tunnel").param("participants", "Polis, kommun")).andExpect(status().is3xxRedirection());
        mvc.perform(post(problemUrl + "/causes").with(csrf()).with(data.as(coordinator)).param("perspective", "PLACE")
                .param("description", "Trasig belysning").param("confidence", "HIGH")).andExpect(status().is3xxRedirection());
        mvc.perform(get(problemUrl).with(data.as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Trasig belysning")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Händelsekedja")));
        String planUrl = mvc.perform(post(base + "/plans").with(csrf()).with(data.as(coordinator))
                        .param("title", "Åtgärdsplan 2026").param("periodFrom", "2026-01-01").param("periodTo", "2026-12-31"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID plan = UUID.fromString(planUrl.substring(planUrl.lastIndexOf('/') + 1));
        data.actAs(coordinator);
        UUID cause = plans.allCauses(ws.id()).get(0).id();
        data.logout();
        return new Setup(ws, coordinator, plan, cause);
    }

    @Test
    void a_measure_form_with_errors_keeps_the_input_and_a_stale_edit_tells_the_second_editor() throws Exception {
        var s = planWithOneCause();
        String planUrl = "/workspaces/" + s.ws().id() + "/action-plans/plans/" + s.plan();
        mvc.perform(post(planUrl + "/measures").with(csrf()).with(data.as(s.coordinator()))
                        .param("title", "Ny belysning i tunneln").param("kind", "SITUATIONAL").param("horizon", "SHORT")
                        .param("start", "2026-03-01").param("due", "2026-02-01")
                        .param("responsible", s.ws().municipality().toString()).param("contactName", "Anna")
                        .param("contactEmail", "anna@kommun.example").param("causeIds", s.cause().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Klart-datumet kan inte ligga före start")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Ny belysning i tunneln\"")));
        mvc.perform(post(planUrl + "/measures").with(csrf()).with(data.as(s.coordinator()))
                        .param("title", "Ny belysning i tunneln").param("kind", "SITUATIONAL").param("horizon", "SHORT")
                        .param("start", "2026-03-01").param("due", "2026-05-01")
                        .param("responsible", s.ws().municipality().toString()).param("contactName", "Anna")
                        .param("contactEmail", "anna@kommun.example").param("causeIds", s.cause().toString()))
                .andExpect(status().is3xxRedirection());
        data.actAs(s.coordinator());
        var measure = plans.measures(s.ws().id(), s.plan()).get(0);
        data.logout();
        String measureUrl = "/workspaces/" + s.ws().id() + "/action-plans/measures/" + measure.id();
        mvc.perform(post(measureUrl).with(csrf()).with(data.as(s.coordinator())).param("version", "0")
                        .param("title", "Belysning, första redaktören").param("kind", "SITUATIONAL").param("horizon", "SHORT")
                        .param("start", "2026-03-01").param("due", "2026-05-01")
                        .param("responsible", s.ws().municipality().toString()).param("contactName", "Anna")
                        .param("contactEmail", "anna@kommun.example").param("causeIds", s.cause().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(measureUrl).with(csrf()).with(data.as(s.coordinator())).param("version", "0")
                        .param("title", "Belysning, andra redaktören").param("kind", "SITUATIONAL").param("horizon", "SHORT")
                        .param("start", "2026-03-01").param("due", "2026-05-01")
                        .param("responsible", s.ws().municipality().toString()).param("contactName", "Anna")
                        .param("contactEmail", "anna@kommun.example").param("causeIds", s.cause().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Någon annan har sparat åtgärden")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Belysning, andra redaktören\"")));
        mvc.perform(get(measureUrl).with(data.as(s.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Belysning, första redaktören")));
    }

    @Test
    void adoption_follow_up_and_reports_in_pdf_and_xlsx_with_a_public_version() throws Exception {
        var s = planWithOneCause();
        String planUrl = "/workspaces/" + s.ws().id() + "/action-plans/plans/" + s.plan();
        mvc.perform(post(planUrl + "/measures").with(csrf()).with(data.as(s.coordinator()))
                        .param("title", "Fritidsgård fredagar").param("kind", "SOCIAL").param("horizon", "LONG")
                        .param("start", "2026-03-01").param("due", "2026-12-01").param("budget", "250000")
                        .param("financing", "Socialförvaltningen").param("affectsChildren", "true")
                        .param("responsible", s.ws().municipality().toString()).param("contactName", "Bo Berg")
                        .param("contactEmail", "bo@kommun.example").param("causeIds", s.cause().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(planUrl + "/adoption").with(csrf()).with(data.as(s.coordinator()))
                        .param("body", "Styrgruppen").param("decidedOn", "2026-02-15").param("paragraf", "§ 4"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("barnkonsekvensanalys eller skäl saknas för Fritidsgård fredagar")));
        data.actAs(s.coordinator());
        var measure = plans.measures(s.ws().id(), s.plan()).get(0);
        data.logout();
        mvc.perform(post("/workspaces/" + s.ws().id() + "/action-plans/measures/" + measure.id()).with(csrf())
                        .with(data.as(s.coordinator())).param("version", String.valueOf(measure.version()))
                        .param("title", "Fritidsgård fredagar").param("kind", "SOCIAL").param("horizon", "LONG")
                        .param("start", "2026-03-01").param("due", "2026-12-01").param("budget", "250000")
                        .param("financing", "Socialförvaltningen").param("affectsChildren", "true")
                        .param("childAssessment", "Barn tillfrågade via elevråd; steg 1–7 dokumenterade")
                        .param("responsible", s.ws().municipality().toString()).param("contactName", "Bo Berg")
                        .param("contactEmail", "bo@kommun.example").param("causeIds", s.cause().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(planUrl + "/adoption").with(csrf()).with(data.as(s.coordinator()))
                        .param("body", "Styrgruppen").param("decidedOn", "2026-02-15").param("paragraf", "§ 4"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(planUrl + "/versions/1").with(data.as(s.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Fritidsgård fredagar")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Version 1: Styrgruppen § 4")));
        String api = "/api/v1/workspaces/" + s.ws().id();
        mvc.perform(post(api + "/measures/" + measure.id() + "/follow-ups").with(csrf()).with(data.as(s.coordinator()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportedOn\":\"" + LocalDate.now()
                                + "\",\"status\":\"PURPLE\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(api + "/measures/" + measure.id() + "/follow-ups").with(csrf()).with(data.as(s.coordinator()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportedOn\":\"" + LocalDate.now()
                                + "\",\"status\":\"YELLOW\",\"narrative\":\"Lokal saknas på fredagar\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("YELLOW"));
        mvc.perform(get(api + "/action-plans/" + s.plan()).with(data.as(s.coordinator())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.plan.revision").value(1))
                .andExpect(jsonPath("$.measures[0].title").value("Fritidsgård fredagar"));
        mvc.perform(put(api + "/measures/" + measure.id()).with(csrf()).with(data.as(s.coordinator()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"measure\":{\"title\":\"X\","
                                + "\"kind\":\"SOCIAL\",\"horizon\":\"LONG\",\"start\":\"2026-03-01\",\"due\":\"2026-12-01\","
                                + "\"responsible\":\"" + s.ws().municipality() + "\",\"contactName\":\"Bo\","
                                + "\"contactEmail\":\"bo@kommun.example\",\"causeIds\":[\"" + s.cause() + "\"],"
                                + "\"reason\":\"test\"}}"))
                .andExpect(status().isConflict());

        byte[] pdf = mvc.perform(get(planUrl + "/report.pdf").with(data.as(s.coordinator())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("Åtgärdsplan 2026", "Fritidsgård fredagar", "Bo Berg", "Lokal saknas på fredagar",
                "Styrgruppen");
        assertThat(text).as("the lägesbild summary for the plan's period").contains("Lägesbild", "EST-iakttagelser 2026-01-01");
        String publicText = pdfText(mvc.perform(get(planUrl + "/report.pdf").param("public", "true")
                .with(data.as(s.coordinator()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(publicText).contains("Fritidsgård fredagar").doesNotContain("Bo Berg").doesNotContain("250000");

        byte[] xlsx = mvc.perform(get(planUrl + "/plan.xlsx").with(data.as(s.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Orsak");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Åtgärd");
            assertThat(rows.get(0).getCellText(5)).isEqualTo("Uppföljning");
            assertThat(rows.get(1).getCellText(0)).contains("Trasig belysning");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Fritidsgård fredagar");
        }
    }

    @Test
    void a_hotspot_from_the_lagesbild_becomes_a_focus_area_with_its_area_and_source() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        geo.importGeoJson(ws.id(), se.samsyn.geo.AreaType.EST_AREA, "two-est-areas.geojson",
                new org.springframework.core.io.ClassPathResource("fixtures/two-est-areas.geojson").getContentAsByteArray(),
                null, null, LocalDate.of(2026, 1, 1), coordinator.value());
        var centrum = geo.areas(ws.id(), se.samsyn.geo.AreaType.EST_AREA).stream()
                .filter(a -> a.name().equals("Centrum")).findFirst().orElseThrow();
        String cell = Long.toHexString(geo.h3(55.706, 13.190, 9));
        String base = "/workspaces/" + ws.id() + "/action-plans";
        mvc.perform(get(base).param("hotspot", cell).param("from", "2026-01-01").param("to", "2026-03-31")
                        .with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Hotspot Centrum\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hotspot H3 " + cell)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "value=\"" + centrum.id() + "\" selected")));
        String url = mvc.perform(post(base + "/problems").with(csrf()).with(data.as(coordinator))
                        .param("title", "Hotspot Centrum").param("periodFrom", "2026-04-01").param("periodTo", "2026-12-31")
                        .param("areaIds", centrum.id().toString())
                        .param("sourceSituation", "Lägesbild 2026-01-01–2026-03-31, hotspot H3 " + cell))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(url).with(data.as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hotspot H3 " + cell)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Centrum")));
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
