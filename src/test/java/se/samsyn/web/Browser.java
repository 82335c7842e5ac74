package se.samsyn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver, pointed at the test application. Paths can be overridden
 * with {@code SAMSYN_CHROMIUM} and {@code SAMSYN_CHROMEDRIVER}; there is no fallback to a downloaded browser.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port, Dimension size) {
        File chromium = executable("SAMSYN_CHROMIUM", "/usr/bin/chromium");
        File chromedriver = executable("SAMSYN_CHROMEDRIVER", "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=sv-SE", "--window-size=" + size.width + "," + size.height);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    private static File executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        File file = new File(configured == null || configured.isBlank() ? fallback : configured);
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " not found: install Debian's chromium and chromium-driver "
                    + "(.ci/run does) or set " + variable);
        }
        return file;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser visit(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public Browser logIn(String email, String password) {
        visit("/login");
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public Browser click(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
        return this;
    }

    public String heading() {
        return find("h1").getText();
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }

    public void waitForAttribute(String css, String attribute) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.attributeToBeNotEmpty(find(css), attribute));
    }

    /** Runs axe-core on the current page and fails with a readable list of every WCAG 2.1 A/AA violation. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.getViolations())
                .as(() -> "WCAG 2.1 AA violations on " + path() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary())
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
