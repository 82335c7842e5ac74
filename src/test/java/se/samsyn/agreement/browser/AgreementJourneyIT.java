package se.samsyn.agreement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.AgreementFixture;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Role;
import se.samsyn.web.Browser;

/**
 * A coordinator drafts an agreement, sends it on referral, records two replies, compiles and closes the round, records
 * the adoption and the signature, marks it signed and downloads the PDF. Every page passes axe (WCAG 2.1 AA).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementJourneyIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired OrganisationApi organisations;
    @Autowired AgreementApi api;

    AgreementFixture f;
    Browser browser;

    @BeforeAll
    void setUp() {
        f = new AgreementFixture(data, organisations, api);
        var coordinator = data.user(f.ws, Role.COORDINATOR);
        browser = Browser.open(port, Browser.DESKTOP);
        browser.logIn(data.principal(coordinator).getUsername(), TestData.PASSWORD);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void draftReferralWithTwoRepliesCompileAdoptSignAndPdf() throws Exception {
        browser.visit("/workspaces/" + f.ws.id());
        browser.click("Överenskommelser");
        browser.assertAccessible();
        browser.click("Ny överenskommelse");
        browser.assertAccessible();
        type("#title", "Samverkansöverenskommelse mellan kommunen och lokalpolisområdet 2026–2029");
        browser.find("input[name=parties][value='" + f.kommun + "']").click();
        browser.find("input[name=parties][value='" + f.lpo + "']").click();
        date("#validFrom", "2026-01-01");
        date("#validTo", "2029-12-31");
        type("#purpose", "Syftet är att främja, utveckla och fördjupa samarbetet mellan kommun och polis.");
        submit("#agreement-form");
        assertThat(browser.find("#agreement-status").getText()).isEqualTo("Utkast");

        type("#FOCUS_AREA-title", "Brott i nära relation");
        type("#FOCUS_AREA-body", "Våld i nära relation omfattar allt våld mot närstående vuxna och barn.");
        submit("form[action$='/sections']");
        assertThat(browser.find("#agreement-focus-areas-list").getText()).contains("Brott i nära relation");
        browser.assertAccessible();

        type("#referral-title", "Remiss av samverkansöverenskommelse 2026–2029");
        date("#referral-sent", "2025-09-01");
        date("#referral-deadline", "2025-10-15");
        type("#referral-recipients", "Socialnämnden\nTekniska nämnden; teknik@example.se");
        submit("#agreement-referral-form");
        assertThat(browser.heading()).contains("Remiss");
        browser.assertAccessible();

        reply(1, "Avstyrker", "Förslaget saknar en åtgärdsplan för de prioriterade områdena.");
        reply(2, "Tillstyrker med synpunkter", "Belysningen i gångtunnlarna bör nämnas.");
        String compilation = browser.find("#referral-compilation").findElement(By.xpath("..")).getText();
        assertThat(compilation).contains("Avstyrker (1)", "Tillstyrker med synpunkter (1)", "Socialnämnden", "Tekniska nämnden");
        type("#compilation", "Två svar. Åtgärdsplan läggs till som bilaga.");
        submit("#referral-close-form");
        assertThat(browser.driver().getPageSource()).contains("Avslutad");
        browser.assertAccessible();

        browser.click("Tillbaka till Samverkansöverenskommelse mellan kommunen och lokalpolisområdet 2026–2029");
        assertThat(browser.find("#agreement-status").getText()).isEqualTo("Under bearbetning");
        submit("form[action$='/status']");
        assertThat(browser.find("#agreement-status").getText()).isEqualTo("Väntar på beslut");
        new Select(browser.find("#adopt-body")).selectByVisibleText("Kommunstyrelsen");
        date("#adopt-date", "2025-11-20");
        type("#adopt-ref", "KS 2025-11-20 § 214");
        submit("#agreement-adopt-form");
        assertThat(browser.find("#agreement-status").getText()).isEqualTo("Antagen");

        type("#sig-name", "Anna Ordförande");
        type("#sig-function", "Kommunstyrelsens ordförande");
        type("#sig-place", "Lund");
        date("#sig-date", "2025-11-19");
        submit("#agreement-signatory-form");
        assertThat(browser.find("#signatory-error").getText()).contains("kan inte ske före beslutet om antagande");
        assertThat(browser.find("#sig-name").getAttribute("value")).isEqualTo("Anna Ordförande");
        date("#sig-date", "2025-12-01");
        submit("#agreement-signatory-form");
        submit("form[action$='/status']");
        assertThat(browser.find("#agreement-status").getText()).isEqualTo("Undertecknad");
        browser.assertAccessible();

        String href = browser.find("#agreement-pdf").getAttribute("href");
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Samverkansöverenskommelse mellan kommunen och lokalpolisområdet 2026–2029",
                    "Brott i nära relation", "Våld i nära relation", "Anna Ordförande", "Lund 2025-12-01",
                    "KS 2025-11-20 § 214");
        }
    }

    private void reply(int n, String position, String text) {
        var form = browser.find("#recipient-" + n + " form[action$='/replies']");
        new Select(form.findElement(By.name("position"))).selectByVisibleText(position);
        setValue(form.findElement(By.name("receivedOn")), "2025-10-01");
        form.findElement(By.name("text")).sendKeys(text);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> d.getPageSource().contains(text));
    }

    private void type(String css, String text) {
        var element = browser.find(css);
        element.clear();
        element.sendKeys(text);
    }

    private void date(String css, String iso) {
        setValue(browser.find(css), iso);
    }

    private void setValue(WebElement element, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", element, value);
    }

    /** Submits the form and waits until a new page has loaded (the marker set on the old page is gone). */
    private void submit(String formCss) {
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.samsynOldPage = true");
        browser.find(formCss).findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.samsynOldPage === undefined && document.readyState === 'complete'"));
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

}
