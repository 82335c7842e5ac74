package se.samsyn.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.shared.Role;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.StatisticsApi;
import se.samsyn.statistics.domain.CategoryService;
import se.samsyn.statistics.domain.ImportJobs;
import se.samsyn.statistics.domain.ImportKind;
import se.samsyn.web.Browser;

/** The statistics pages in a real browser: the chart is drawn, and every page passes axe (WCAG 2.1 AA). */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsJourneyIT {

    @LocalServerPort int port;
    @Autowired TestData testData;
    @Autowired ImportJobs jobs;
    @Autowired CategoryService categories;
    @Autowired StatisticsApi statistics;

    TestData.TestWorkspace ws;
    String email;
    Browser browser;

    @BeforeAll
    void setUp() throws Exception {
        ws = testData.workspace();
        var coordinator = testData.user(ws, Role.COORDINATOR);
        email = testData.principal(coordinator).getUsername();
        var data = Path.of(System.getProperty("user.dir")).resolve("../shared/data");
        jobs.importNow(ws.id(), ImportKind.BRA, "gbg.csv",
                Files.readAllBytes(data.resolve("bra_statistik/bra_goteborg_stadsomraden_2023-2025.csv")), coordinator.value());
        jobs.importNow(ws.id(), ImportKind.SURVEY, "press.csv",
                Files.readAllBytes(data.resolve("trygghet/trygghetsmatning_resultat_fran_pressmeddelanden.csv")),
                coordinator.value());
        var vald = categories.create(ws.id(), "VALD", "Våldsbrott", LocalDate.of(2020, 1, 1), null);
        categories.map(ws.id(), vald, "BRA", "misshandel");
        browser = Browser.open(port, Browser.DESKTOP);
        browser.logIn(email, TestData.PASSWORD);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theOverviewAndASeriesWithItsChartAreAccessible() {
        browser.visit("/workspaces/" + ws.id());
        browser.click("Statistik");
        assertThat(browser.find("#statistics-series").getText()).contains("misshandel");
        assertThat(browser.find("canvas[data-chart]").isDisplayed()).isTrue();
        browser.assertAccessible();

        var series = statistics.series(ws.id(), SeriesQuery.all().areaName("Göteborg kommun").category("alla_brott")).get(0);
        browser.visit("/workspaces/" + ws.id() + "/statistics/series/" + series.id());
        browser.waitForAttribute("canvas[data-chart]", "data-ready");
        assertThat(browser.find("#series-values").getText()).contains("2023", "90 659");
        browser.assertAccessible();
    }

    @Test
    void theImportCategoryAndSurveyPagesAreAccessible() {
        for (String page : new String[] {"imports", "categories", "surveys"}) {
            browser.visit("/workspaces/" + ws.id() + "/statistics/" + page);
            browser.assertAccessible();
        }
    }

    @Test
    void aJobWithErrorsShowsThemAccessiblyWithThePreviewAndTheMappingForms() throws Exception {
        var id = jobs.upload(ws.id(), ImportKind.POLICE, "fel.csv", (
                "område;period;brottskategori;antal\n" + ws.name() + ";2026-01;Misshandel;tre\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8), testData.user(ws, Role.MUNICIPAL_POLICE).value());
        for (int i = 0; i < 600 && jobs.job(ws.id(), id).status().busy(); i++) {
            Thread.sleep(50);
        }
        browser.visit("/workspaces/" + ws.id() + "/statistics/imports/" + id);
        assertThat(browser.find("#job-problems").getText()).contains("Rad 2", "Misshandel");
        assertThat(browser.find("#job-preview").getText()).contains("tre");
        browser.assertAccessible();
    }
}
