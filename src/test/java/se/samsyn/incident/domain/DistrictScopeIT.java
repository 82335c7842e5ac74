package se.samsyn.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.access.NewUser;
import se.samsyn.access.UserId;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.shared.Role;

/** A coordinator whose membership is narrowed to the district "Centrum" works only with reports pinned inside it. */
@IntegrationTest
class DistrictScopeIT {

    static final double STATION_LON = 13.2100;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AccessApi access;

    @Autowired
    GeoApi geo;

    @Autowired
    CategoryService categories;

    @Autowired
    ReportService reports;

    TestData.TestWorkspace ws;
    UserId everywhere;
    UserId inCentre;
    UUID centreReport;
    UUID stationReport;
    UUID unpinnedReport;

    @BeforeEach
    void setUp() throws Exception {
        var fixture = new IncidentFixture(geo, categories, data);
        ws = data.workspace();
        geo.importGeoJson(ws.id(), AreaType.EST_AREA, "two-est-areas.geojson",
                new ClassPathResource("fixtures/two-est-areas.geojson").getContentAsByteArray(), null, null,
                LocalDate.now().minusYears(1), UUID.randomUUID());
        var centre = geo.areas(ws.id(), AreaType.EST_AREA).stream().filter(a -> a.name().equals("Centrum")).findFirst()
                .orElseThrow();
        var reporter = data.principal(data.user(ws, Role.REPORTER)).actor();
        centreReport = fixture.submit(reports, ws, reporter, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, "I centrum");
        stationReport = fixture.submit(reports, ws, reporter, IncidentFixture.INSIDE_LAT, STATION_LON, "Vid stationen");
        unpinnedReport = fixture.submit(reports, ws, reporter, null, null, "Utan nål");
        everywhere = data.user(ws, Role.COORDINATOR);
        inCentre = access.createUser(new NewUser("district-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example",
                "Test Distrikt", TestData.PASSWORD, ws.municipality(), false));
        access.grantRole(inCentre, ws.id(), ws.municipality(), Role.COORDINATOR, centre.id().value());
    }

    @Test
    void theTriageQueueAndItsExportsShowOnlyReportsInsideTheDistrict() throws Exception {
        mvc.perform(get("/workspaces/{ws}/reports", ws.id()).with(data.as(inCentre)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd id=\"count-observations\">1</dd>")))
                .andExpect(content().string(containsString(reference(centreReport))))
                .andExpect(content().string(not(containsString(reference(stationReport)))))
                .andExpect(content().string(containsString("Du ser bara rapporter med kartnål inom ditt distrikt: Centrum.")));
        mvc.perform(get("/workspaces/{ws}/reports", ws.id()).with(data.as(everywhere)))
                .andExpect(content().string(containsString("<dd id=\"count-observations\">3</dd>")))
                .andExpect(content().string(not(containsString("id=\"district-scope\""))));

        String csv = mvc.perform(get("/workspaces/{ws}/reports/export.csv", ws.id()).with(data.as(inCentre)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(reference(centreReport)).doesNotContain(reference(stationReport))
                .doesNotContain(reference(unpinnedReport));
        mvc.perform(get("/workspaces/{ws}/reports/export.xlsx", ws.id()).with(data.as(inCentre)))
                .andExpect(status().isOk());
    }

    @Test
    void aReportOutsideTheDistrictCannotBeReadOrTriaged() throws Exception {
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), stationReport).with(data.as(inCentre)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), unpinnedReport).with(data.as(inCentre)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/{ws}/reports/{id}/status", ws.id(), stationReport).with(data.as(inCentre)).with(csrf())
                        .param("status", "ACCEPTED"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), centreReport).with(data.as(inCentre)))
                .andExpect(status().isOk());

        assertThat(reports.read(ws.id(), stationReport, data.principal(everywhere).actor()).status())
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void theRestApiListsGetsAndExportsOnlyReportsInsideTheDistrict() throws Exception {
        mvc.perform(get("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(inCentre)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalObservations").value(1))
                .andExpect(jsonPath("$.items[0].id").value(centreReport.toString()));
        mvc.perform(get("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), centreReport).with(data.as(inCentre)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), stationReport).with(data.as(inCentre)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/{ws}/reports/export.geojson", ws.id()).with(data.as(inCentre))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].id").value(centreReport.toString()));
        mvc.perform(get("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(everywhere)))
                .andExpect(jsonPath("$.totalObservations").value(3));
    }

    private String reference(UUID report) {
        return reports.read(ws.id(), report, data.principal(everywhere).actor()).reference();
    }
}
