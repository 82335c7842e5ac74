package se.samsyn.incident.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.access.UserId;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.shared.Role;

/**
 * On a phone-size viewport: a reporter drops a pin and sends a report, then corrects it (warned about personal data),
 * the coordinator accepts it and gives feedback, the reporter sees the feedback. Every page passes axe-core without violations.
 */
@IntegrationTest
class ReportJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    AccessApi access;

    @Autowired
    GeoApi geo;

    @Autowired
    CategoryService categories;

    @Autowired
    se.samsyn.incident.domain.ReportService reports;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844",
                "--lang=sv");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void aReporterPinsAndSendsTheCoordinatorAcceptsAndTheReporterSeesTheFeedback() {
        var ws = data.workspace();
        new IncidentFixture(geo, categories, data).area(ws);
        var reporter = data.user(ws, Role.REPORTER);
        var coordinator = data.user(ws, Role.COORDINATOR);

        logIn(reporter);
        open("/workspaces/" + ws.id() + "/reports/new");
        noAxeViolations();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> "1".equals(d.findElement(By.cssSelector(".map--pick")).getAttribute("data-features")));
        browser.findElement(By.cssSelector(".map--pick")).click();
        wait.until(d -> !d.findElement(By.id("obs0-lat")).getAttribute("value").isEmpty());
        browser.findElement(By.xpath("//label[text()='Klotter och tags']")).click();
        browser.findElement(By.id("obs0-description")).sendKeys("Nytt klotter på elskåpet");
        browser.findElement(By.id("obs0-assessment-INSECURITY_CREATING")).click();
        browser.findElement(By.xpath("//button[text()='Skicka rapport']")).click();
        wait.until(ExpectedConditions.urlContains("/reports/mine"));
        assertThat(browser.getPageSource()).contains("Tack! Rapporten är skickad.");
        noAxeViolations();

        browser.get(browser.findElement(By.cssSelector("#my-reports a.revise-link")).getAttribute("href"));
        noAxeViolations();
        var description = browser.findElement(By.id("revise-description"));
        description.clear();
        description.sendKeys("Nytt klotter på elskåpet, ring 0701234567");
        browser.findElement(By.xpath("//button[text()='Spara ändringar']")).click();
        wait.until(d -> !d.findElements(By.id("pii-warning")).isEmpty());
        assertThat(browser.findElement(By.id("revise-description")).getAttribute("value")).contains("0701234567");
        noAxeViolations();
        browser.findElement(By.id("confirmPersonalData")).click();
        browser.findElement(By.xpath("//button[text()='Spara ändringar']")).click();
        wait.until(ExpectedConditions.urlContains("/reports/mine"));
        assertThat(browser.getPageSource()).contains("Rapporten är ändrad.");
        logOut();

        logIn(coordinator);
        open("/workspaces/" + ws.id() + "/reports");
        noAxeViolations();
        browser.findElement(By.cssSelector("#report-queue tbody a")).click();
        noAxeViolations();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("new-status"))).selectByVisibleText("Godkänd");
        browser.findElement(By.xpath("//button[text()='Ändra status']")).click();
        wait.until(d -> d.findElement(By.id("report-status")).getText().equals("Godkänd"));
        browser.findElement(By.id("feedback-text")).sendKeys("Klottret saneras på fredag.");
        browser.findElement(By.xpath("//button[text()='Skicka återkoppling']")).click();
        wait.until(d -> d.getPageSource().contains("Återkopplingen är sparad"));
        open("/workspaces/" + ws.id() + "/reports/categories");
        noAxeViolations();
        open("/workspaces/" + ws.id() + "/reports/area-status");
        noAxeViolations();
        logOut();

        reports.setCitizenChannel(ws.id(), true);
        open("/public/workspaces/" + ws.id() + "/unsafe-places");
        noAxeViolations();

        logIn(reporter);
        open("/workspaces/" + ws.id() + "/reports/mine");
        assertThat(browser.findElement(By.id("my-reports")).getText()).contains("Klottret saneras på fredag.").contains("Godkänd");
    }

    private void logIn(UserId user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(access.findUser(user).orElseThrow().email());
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void logOut() {
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void noAxeViolations() {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertThat(results.getViolations()).as(() -> browser.getCurrentUrl() + ": " + results.getViolations().stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).toList()).toList())
                .isEmpty();
    }
}
