package se.samsyn.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.shared.Role;

@IntegrationTest
class CitizenControllerIT {

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

    IncidentFixture fixture;
    TestData.TestWorkspace ws;
    UserId coordinator;

    @BeforeEach
    void setUp() {
        fixture = new IncidentFixture(geo, categories, data);
        ws = data.workspace();
        fixture.area(ws);
        coordinator = data.user(ws, Role.COORDINATOR);
    }

    @Test
    void theCitizenChannelIsOffByDefault() throws Exception {
        mvc.perform(get("/public/workspaces/{ws}/unsafe-places", ws.id()).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/public/workspaces/{ws}/unsafe-places.geojson", ws.id()).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(mark("Mörk gångtunnel")).andExpect(status().isNotFound());
    }

    @Test
    void anAnonymousMarkIsModeratedAndOnlyAcceptedMarksShowGeneralisedWithoutText() throws Exception {
        enable();
        var reporter = data.user(ws, Role.REPORTER);
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Partnerrapport", LocalDate.now().minusDays(1))
                        .param("observations[0].lat", String.valueOf(IncidentFixture.INSIDE_LAT))
                        .param("observations[0].lon", String.valueOf(IncidentFixture.INSIDE_LON)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/public/workspaces/{ws}/unsafe-places", ws.id()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du behöver inte logga in")));
        mvc.perform(mark("Mörk gångtunnel utan belysning")).andExpect(status().is3xxRedirection());

        var citizen = reports.list(ws.id(), new ReportFilter(null, null, null, null, null, CitizenController.ANONYMOUS, 0, 10)).rows();
        assertThat(citizen).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(r.categoryNames()).containsExactly("Otrygg plats");
        });
        mvc.perform(get("/public/workspaces/{ws}/unsafe-places.geojson", ws.id()).with(anonymous()))
                .andExpect(jsonPath("$.features.length()").value(0));

        reports.changeStatus(ws.id(), citizen.get(0).id(), ReportStatus.ACCEPTED, null, null, data.principal(coordinator).actor());
        for (var partner : reports.list(ws.id(), ReportFilter.mine(reporter.value(), 0)).rows()) {
            reports.changeStatus(ws.id(), partner.id(), ReportStatus.ACCEPTED, null, null, data.principal(coordinator).actor());
        }

        String json = mvc.perform(get("/public/workspaces/{ws}/unsafe-places.geojson", ws.id()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(13.192))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[1]").value(55.704))
                .andExpect(jsonPath("$.features[0].properties.name").value("Otrygg plats"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("gångtunnel").doesNotContain("Partnerrapport");
    }

    @Test
    void aHoneypotSubmissionIsDroppedAndOnlyACoordinatorTurnsTheChannelOn() throws Exception {
        var reader = data.user(ws, Role.READER);
        mvc.perform(post("/workspaces/{ws}/reports/citizen-channel", ws.id()).with(data.as(reader)).with(csrf())
                        .param("enabled", "true"))
                .andExpect(status().isForbidden());
        enable();

        mvc.perform(mark("Reklam").param("website", "http://spam.example")).andExpect(status().is3xxRedirection());

        assertThat(reports.list(ws.id(), new ReportFilter(null, null, null, null, null, CitizenController.ANONYMOUS, 0, 10))
                .rows()).isEmpty();
    }

    private void enable() throws Exception {
        mvc.perform(post("/workspaces/{ws}/reports/citizen-channel", ws.id()).with(data.as(coordinator)).with(csrf())
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder mark(String text) {
        return post("/public/workspaces/{ws}/unsafe-places", ws.id()).with(anonymous()).with(csrf())
                .param("lat", String.valueOf(IncidentFixture.INSIDE_LAT)).param("lon", String.valueOf(IncidentFixture.INSIDE_LON))
                .param("description", text).param("submissionKey", UUID.randomUUID().toString());
    }
}
