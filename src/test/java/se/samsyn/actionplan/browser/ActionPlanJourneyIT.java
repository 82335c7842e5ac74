package se.samsyn.actionplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.shared.Role;
import se.samsyn.web.Browser;

/**
 * A coordinator in Chromium: focus area → cause analysis → action plan with a measure and a goal → adoption →
 * follow-up → the annual report PDF, with axe finding no WCAG 2.1 AA violation on any page on the way.
 */
@IntegrationTest
class ActionPlanJourneyIT {

    @LocalServerPort int port;
    @Autowired TestData data;

    Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void from_focus_area_to_adopted_plan_follow_up_and_annual_report() {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        browser = Browser.open(port, Browser.DESKTOP);
        browser.logIn(data.principal(coordinator).getUsername(), TestData.PASSWORD);
        String year = String.valueOf(LocalDate.now().getYear());

        browser.visit("/workspaces/" + ws.id() + "/action-plans");
        browser.assertAccessible();
        set("problem-title", "Otrygghet vid resecentrum");
        set("problem-from", year + "-01-01");
        set("problem-to", year + "-12-31");
        set("problem-doc", "Trygghetsprogram");
        submit("form[action$='/action-plans/problems']");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/action-plans/problems/"));
        browser.assertAccessible();

        set("method", "FISHBONE");
        set("place", "Mörk gångtunnel, kvällar");
        set("participants", "Kommunen, polisen, fastighetsägaren");
        submit("form[action$='/analysis']");
        browser.waitUntil(d -> !d.findElements(By.id("actionplan-analysis")).isEmpty());
        set("cause-description", "Trasig belysning i tunneln");
        set("evidence", "Trygghetsvandring");
        submit("form[action$='/causes']");
        browser.waitUntil(d -> d.getPageSource().contains("Trasig belysning i tunneln"));
        assertThat(browser.find("#actionplan-analysis").getText()).contains("Fiskbensdiagram");
        browser.assertAccessible();

        browser.visit("/workspaces/" + ws.id() + "/action-plans");
        set("plan-title", "Åtgärdsplan " + year);
        set("plan-from", year + "-01-01");
        set("plan-to", year + "-12-31");
        submit("form[action$='/action-plans/plans']");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/action-plans/plans/"));
        browser.assertAccessible();

        set("m-title", "Ny belysning i tunneln");
        js("document.querySelector('#measure-form input[name=causeIds]').checked = true");
        set("m-contact", "Anna Andersson");
        set("m-email", "anna@kommun.example");
        set("m-start", LocalDate.now().minusDays(10).toString());
        set("m-due", LocalDate.now().plusDays(20).toString());
        submit("#measure-form");
        browser.waitUntil(d -> !d.findElements(By.id("actionplan-measures")).isEmpty());

        set("g-text", "Minska antalet rapporter om otrygghet vid tunneln med 20 % till " + year);
        submit("form[action$='/goals']");
        browser.waitUntil(d -> d.getPageSource().contains("till " + year));

        set("a-body", "Trygghetsrådets styrgrupp");
        set("a-date", LocalDate.now().toString());
        set("a-para", "§ 7");
        submit("form[action$='/adoption']");
        browser.waitUntil(d -> d.findElement(By.id("plan-status")).getText().contains("Trygghetsrådets styrgrupp"));
        browser.assertAccessible();

        browser.click("Ny belysning i tunneln");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/action-plans/measures/"));
        set("f-status", "YELLOW");
        set("f-narrative", "Beställd, leverans försenad");
        submit("#follow-up-form");
        browser.waitUntil(d -> !d.findElements(By.id("actionplan-follow-ups")).isEmpty());
        assertThat(browser.find("#actionplan-follow-ups").getText()).contains("Beställd, leverans försenad");
        browser.assertAccessible();

        browser.click("Till åtgärdsplanen");
        browser.waitUntil(d -> !d.findElements(By.id("report-pdf")).isEmpty());
        String href = browser.find("#report-pdf").getAttribute("href");
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                        + " + r.headers.get('content-type') + ' ' + b.byteLength)));", href);
        String[] parts = String.valueOf(answer).split(" ");
        assertThat(parts[0]).isEqualTo("200");
        assertThat(parts[1]).isEqualTo("application/pdf");
        assertThat(Integer.parseInt(parts[2])).isGreaterThan(1000);
    }

    private void set(String id, String value) {
        js("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    private void submit(String formCss) {
        js("document.querySelector(arguments[0]).requestSubmit();", formCss);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
