package se.samsyn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.shared.Role;

/** The journey of issue 2 in a real browser: log in, see the workspace, open its areas on the map. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstVisitJourneyIT {

    @LocalServerPort int port;
    @Autowired TestData testData;
    @Autowired GeoApi geo;

    TestData.TestWorkspace workspace;
    String email;
    Browser browser;

    @BeforeAll
    void setUp() throws IOException {
        workspace = testData.workspace();
        UserId coordinator = testData.user(workspace, Role.COORDINATOR);
        email = testData.principal(coordinator).getUsername();
        geo.importGeoJson(workspace.id(), AreaType.EST_AREA, "two-est-areas.geojson",
                new ClassPathResource("fixtures/two-est-areas.geojson").getContentAsByteArray(), null, null,
                LocalDate.of(2026, 1, 1), coordinator.value());
        browser = Browser.open(port, Browser.DESKTOP);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_coordinator_logs_in_sees_the_workspace_and_its_areas_on_the_map() {
        browser.visit("/login");
        browser.assertAccessible();

        browser.logIn(email, TestData.PASSWORD);
        browser.visit("/workspaces/" + workspace.id());
        assertThat(browser.heading()).contains(workspace.name());
        browser.assertAccessible();

        browser.click("Områden");
        assertThat(browser.path()).isEqualTo("/workspaces/" + workspace.id() + "/areas");
        browser.waitForAttribute(".map", "data-features");
        assertThat(browser.find(".map").getDomAttribute("data-features")).isEqualTo("2");
        assertThat(browser.find("main table").getText()).contains("Centrum", "Stationen");
        browser.assertAccessible();
    }

    @Test
    void the_shell_works_on_a_phone_sized_screen() {
        try (Browser phone = Browser.open(port, Browser.PHONE)) {
            phone.logIn(email, TestData.PASSWORD);
            phone.visit("/workspaces/" + workspace.id() + "/areas");
            phone.waitForAttribute(".map", "data-features");
            long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            phone.assertAccessible();
        }
    }

    @Test
    void an_unknown_page_shows_a_swedish_error_with_a_reference() {
        browser.logIn(email, TestData.PASSWORD);
        browser.visit("/workspaces/" + workspace.id() + "/no-such-page");
        assertThat(browser.heading()).contains("404");
        assertThat(browser.find("main").getText()).contains("finns inte").containsPattern("Felreferens:? [A-Z0-9-]{6,}");
        browser.assertAccessible();
    }
}
