package se.samsyn.situation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.BodyKind;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.situation.SituationFixture;
import se.samsyn.web.Browser;

/**
 * The analyst's and coordinator's journey in a real browser: from the dashboard's filter to a statutory lägesbild,
 * written, sent for review, approved by kommunstyrelsen, published, and downloaded as PDF and public summary. Every
 * page passes axe.
 */
@IntegrationTest
class StatutorySituationPictureJourneyIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired GeoApi geo;
    @Autowired CategoryService categories;
    @Autowired ReportService reports;
    @Autowired AgreementApi agreements;

    @Test
    void aCoordinatorTakesAStatutoryLagesbildFromTheDashboardToAPublishedPdf() throws Exception {
        var fixture = new SituationFixture(data, geo, categories, reports);
        var s = fixture.setup();
        var today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        for (int i = 0; i < 5; i++) {
            fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, today.minusDays(2 + i), TimeAccuracy.DAY,
                    null, null, "SKADEGORELSE_KLOTTER", ReportStatus.ACCEPTED);
        }
        agreements.createBody(s.ws().id(), "Kommunstyrelsen", BodyKind.MUNICIPAL_BOARD, null, null, null);
        String ws = "/workspaces/" + s.ws().id();

        try (var browser = Browser.open(port, Browser.DESKTOP)) {
            browser.logIn(data.principal(s.coordinator()).actor().email(), TestData.PASSWORD);
            browser.visit(ws + "/situation?period=CUSTOM&from=" + today.minusDays(30) + "&to=" + today);
            browser.find("#situation-create-document").click();
            browser.waitUntil(d -> !d.findElements(By.id("document-create")).isEmpty());
            browser.assertAccessible();
            new Select(browser.find("#document-type")).selectByValue("STATUTORY");
            browser.find("#document-title").sendKeys("Lägesbild enligt lag 2023:196 – Ölund");
            browser.find("#document-create button[type=submit]").click();
            browser.waitUntil(d -> !d.findElements(By.id("document-edit")).isEmpty());
            assertThat(browser.heading()).isEqualTo("Lägesbild enligt lag 2023:196 – Ölund");
            browser.assertAccessible();

            browser.find("#document-mapping").sendKeys("Klotter och skadegörelse vid torget ökar.");
            browser.find("#document-other").sendKeys("Trygghetsmätningen visar oro kvällstid.");
            browser.find("#document-analysis").sendKeys("Orsaker: dålig belysning och få vuxna ute.");
            browser.find("#document-conclusions").sendKeys("Prioritera torget.");
            browser.find("#document-save").click();
            browser.waitUntil(d -> !d.findElements(By.id("document-saved")).isEmpty());
            browser.find("#document-submit button").click();
            browser.waitUntil(d -> !d.findElements(By.id("document-approve")).isEmpty());
            assertThat(browser.find("#document-status").getText()).isEqualTo("Under granskning");
            browser.assertAccessible();
            new Select(browser.find("#approve-body")).selectByVisibleText("Kommunstyrelsen");
            browser.find("#approve-paragraph").sendKeys("§ 42");
            browser.find("#document-approve button").click();
            browser.waitUntil(d -> !d.findElements(By.id("document-publish")).isEmpty());
            assertThat(browser.find("#document-decision").getText()).contains("Kommunstyrelsen", "§ 42");
            browser.find("#document-publish button").click();
            browser.waitUntil(d -> d.findElement(By.id("document-status")).getText().equals("Publicerad"));
            assertThat(browser.find("#statutory-clock").getText()).contains("Lagstadgad lägesbild aktuell");
            browser.assertAccessible();

            String pdf = pdfText(browser, browser.find("#document-pdf").getAttribute("href"));
            assertThat(pdf).contains("Lägesbild enligt lag 2023:196 – Ölund", "Orsaker: dålig belysning och få vuxna ute.",
                    "Godkänd av Kommunstyrelsen");

            browser.find("#document-public").click();
            browser.waitUntil(d -> !d.findElements(By.id("public-pdf")).isEmpty());
            browser.assertAccessible();
            String summary = pdfText(browser, browser.find("#public-pdf").getAttribute("href"));
            assertThat(summary).contains("Sammanfattning: Lägesbild enligt lag 2023:196 – Ölund", "Prioritera torget.")
                    .doesNotContain("Orsaker: dålig belysning");

            browser.visit(ws);
            assertThat(browser.find("#statutory-clock").getText()).contains("Lagstadgad lägesbild aktuell");
            browser.assertAccessible();
        }
    }

    private static String pdfText(Browser browser, String href) throws Exception {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
