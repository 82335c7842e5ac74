package se.samsyn.situation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.PartOfDay;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.shared.Role;
import se.samsyn.situation.SituationFixture;
import se.samsyn.web.Browser;

/**
 * A coordinator opens the lägesbild for the last month: counts, hotspots from a cluster of reports, the map with points,
 * every chart with its table, and no axe violations. A reader sees no points; the JSON API returns the same picture.
 */
@IntegrationTest
class SituationDashboardIT {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired GeoApi geo;
    @Autowired CategoryService categories;
    @Autowired ReportService reports;
    @Autowired se.samsyn.access.AccessApi access;

    static final String VASTER = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Väster"},
             "geometry":{"type":"Polygon","coordinates":[[[13.05,55.68],[13.10,55.68],[13.10,55.73],[13.05,55.73],[13.05,55.68]]]}}]}
            """;

    @Test
    void aCoordinatorSeesTheMonthWithHotspotsAndEveryFigureAlsoAsATable() throws Exception {
        var fixture = new SituationFixture(data, geo, categories, reports);
        var s = fixture.setup();
        var today = LocalDate.now(STOCKHOLM);
        // A cluster of 24 reports at one place, and 6 spread over the area.
        for (int i = 0; i < 24; i++) {
            fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, today.minusDays(1 + i % 20),
                    i % 3 == 0 ? TimeAccuracy.EXACT : TimeAccuracy.PART_OF_DAY, i % 3 == 0 ? LocalTime.of(23, 10) : null,
                    i % 3 == 0 ? null : PartOfDay.EVENING, "SKADEGORELSE_KLOTTER", ReportStatus.ACCEPTED);
        }
        double[][] elsewhere = {{55.685, 13.16}, {55.72, 13.24}, {55.69, 13.23}, {55.725, 13.17}, {55.70, 13.245}, {55.683, 13.20}};
        for (double[] p : elsewhere) {
            fixture.report(s, p[0], p[1], today.minusDays(5), TimeAccuracy.WEEK, null, null, "NARKOTIKA", ReportStatus.ACCEPTED);
        }
        String query = "?period=CUSTOM&from=" + today.minusDays(27) + "&to=" + today;

        mvc.perform(get("/api/v1/workspaces/{ws}/situation" + query, s.ws().id()).with(data.as(s.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.picture.totals.observations").value(30))
                .andExpect(jsonPath("$.picture.hotspots.ran").value(true))
                .andExpect(jsonPath("$.picture.hotspots.hot").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.picture.pointsShown").value(true))
                .andExpect(jsonPath("$.picture.points.length()").value(30))
                .andExpect(jsonPath("$.picture.totals.previousPeriod.comparable").value(false))
                .andExpect(jsonPath("$.picture.wrongDirection.length()").value(0));
        // One report from long before: now the reference periods have data, and 30 against 0 is a real rise.
        fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, today.minusDays(150), TimeAccuracy.DAY,
                null, null, "NARKOTIKA", ReportStatus.ACCEPTED);
        mvc.perform(get("/api/v1/workspaces/{ws}/situation" + query, s.ws().id()).with(data.as(s.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.picture.totals.previousPeriod.comparable").value(true))
                .andExpect(jsonPath("$.picture.totals.previousPeriod.significant").value(true))
                .andExpect(jsonPath("$.picture.wrongDirection[0].significant").value(true));

        UserId reader = data.user(s.ws(), Role.READER);
        mvc.perform(get("/api/v1/workspaces/{ws}/situation" + query, s.ws().id()).with(data.as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.picture.pointsShown").value(false))
                .andExpect(jsonPath("$.picture.points.length()").value(0));
        // A reader narrowed to another district sees only that district, even when asking for Centrum.
        geo.importGeoJson(s.ws().id(), se.samsyn.geo.AreaType.EST_AREA, "vaster.geojson", VASTER.getBytes(
                java.nio.charset.StandardCharsets.UTF_8), null, null, today.minusYears(1), s.coordinator().value());
        var vaster = geo.areas(s.ws().id(), se.samsyn.geo.AreaType.EST_AREA).stream()
                .filter(a -> a.name().equals("Väster")).findFirst().orElseThrow();
        var districtReader = access.createUser(new se.samsyn.access.NewUser(
                "distrikt-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example", "Distriktsläsare",
                TestData.PASSWORD, s.ws().municipality(), false));
        access.grantRole(districtReader, s.ws().id(), s.ws().municipality(), Role.READER, vaster.id().value());
        mvc.perform(get("/api/v1/workspaces/{ws}/situation" + query + "&area=" + s.area().id(), s.ws().id())
                        .with(data.as(districtReader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.picture.totals.observations").value(0))
                .andExpect(jsonPath("$.picture.areas.length()").value(1))
                .andExpect(jsonPath("$.picture.areas[0].name").value("Väster"))
                .andExpect(jsonPath("$.picture.hotspots.hexagons.length()").value(0));
        mvc.perform(get("/workspaces/{ws}/situation", s.ws().id()).with(data.as(data.user(s.ws(), Role.REPORTER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workspaces/{ws}/situation?period=CUSTOM&from=2026-03-10&to=2026-03-01", s.ws().id())
                        .with(data.as(s.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Slutdatum ligger före startdatum")));
        mvc.perform(get("/api/v1/workspaces/{ws}/situation?period=CUSTOM&from=1900-01-01&to=2026-01-01", s.ws().id())
                        .with(data.as(s.coordinator())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/workspaces/{ws}/situation?period=CUSTOM", s.ws().id()).with(data.as(s.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("En egen period behöver både från- och tilldatum")));
        var empty = data.workspace();
        mvc.perform(get("/workspaces/{ws}/situation?period=YEAR", empty.id()).with(data.as(data.user(empty, Role.ANALYST))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inga observationer i perioden")));

        try (var browser = Browser.open(port, Browser.DESKTOP)) {
            browser.logIn(data.principal(s.coordinator()).actor().email(), TestData.PASSWORD);
            browser.visit("/workspaces/" + s.ws().id() + "/situation" + query);
            assertThat(browser.heading()).startsWith("Lägesbild");
            assertThat(browser.find("#situation-total").getText()).isEqualTo("30");
            browser.waitForAttribute("#situation-map", "data-hexagons");
            browser.waitForAttribute("#situation-map", "data-areas-drawn");
            assertThat(browser.find("#situation-map").getAttribute("data-areas-drawn")).isEqualTo("2");
            assertThat(browser.find("#situation-hotspots").getText()).contains("Hotspot");
            assertThat(browser.find("#situation-weekday-hour").getText()).contains("Söndag");
            assertThat(browser.find("#situation-areas").getText()).contains("Centrum");
            browser.assertAccessible();
            java.nio.file.Files.write(java.nio.file.Path.of("target", "situation-dashboard.png"),
                    ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "situation-map.png"),
                    browser.find("#situation-map").getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

            browser.visit("/workspaces/" + s.ws().id() + "/situation");
            assertThat(browser.heading()).startsWith("Lägesbild");
            browser.assertAccessible();
        }
    }
}
