package se.samsyn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.shared.Role;

/** Every page of the foundation an administrator uses, in Chromium, against WCAG 2.1 AA. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationPagesAccessibilityIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired GeoApi geo;
    @Autowired se.samsyn.organisation.OrganisationApi organisations;
    @Autowired se.samsyn.agreement.AgreementApi agreements;
    @Autowired se.samsyn.actionplan.domain.ActionPlans actionPlans;
    @Autowired se.samsyn.situation.domain.SituationService situation;
    @Autowired se.samsyn.situation.domain.SituationDocuments situationDocuments;

    TestData.TestWorkspace workspace;
    UserId administrator;
    UserId coordinator;
    String areaId;
    String agreementId;
    String referralRoundId;
    String documentId;
    Browser browser;

    @BeforeAll
    void setUp() throws IOException {
        workspace = data.workspace();
        administrator = data.systemAdmin(workspace);
        coordinator = data.user(workspace, Role.COORDINATOR);
        geo.importGeoJson(workspace.id(), AreaType.EST_AREA, "two-est-areas.geojson",
                new ClassPathResource("fixtures/two-est-areas.geojson").getContentAsByteArray(), null, null,
                LocalDate.of(2026, 1, 1), administrator.value());
        areaId = geo.areas(workspace.id(), AreaType.EST_AREA).get(0).id().toString();
        var f = new se.samsyn.agreement.AgreementFixture(data, organisations, agreements, workspace);
        var agreement = f.draft("Samverkansöverenskommelse 2026–2029", 2026, 2029);
        agreementId = agreement.toString();
        agreements.addFocusArea(workspace.id(), agreement, new se.samsyn.agreement.NewSection("Barn och unga", "Text", "Mål"));
        referralRoundId = agreements.startReferral(workspace.id(), agreement, "Remiss", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 10, 1), List.of(new se.samsyn.agreement.NewRecipient("Socialnämnden", null, null),
                        new se.samsyn.agreement.NewRecipient("Tekniska nämnden", null, null))).toString();
        agreements.reply(workspace.id(), se.samsyn.agreement.ReferralRoundId.of(referralRoundId), "Socialnämnden",
                new se.samsyn.agreement.ReferralReply(se.samsyn.agreement.ReplyPosition.SUPPORTS, LocalDate.of(2025, 9, 20),
                        "SN 2025/1", "Socialnämnden tillstyrker.", null, null, null));
        actionPlanPages();
        documentId = situationDocuments.create(situation.scope(workspace.id(), se.samsyn.situation.SituationPeriod.Kind.YEAR,
                LocalDate.of(2026, 1, 1), null, null, null, null), se.samsyn.situation.domain.DocumentType.STATUTORY,
                "Lägesbild 2026", administrator.value()).toString();
        browser = Browser.open(port, Browser.DESKTOP);
        browser.logIn(data.principal(administrator).getUsername(), TestData.PASSWORD);
    }

    String problemId;
    String planId;
    String measureId;

    private void actionPlanPages() {
        data.actAs(administrator);
        try {
            var problem = actionPlans.createProblem(workspace.id(), new se.samsyn.actionplan.NewFocusArea("Otrygghet",
                    "Kvällar", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 1, List.of(), null,
                    List.of(new se.samsyn.actionplan.SteeringDocument("Trygghetsprogram", "https://kommun.example/p"))));
            actionPlans.saveAnalysis(workspace.id(), problem, se.samsyn.actionplan.AnalysisMethod.FISHBONE, "Mörkt",
                    null, null, "Arbetsgruppen", LocalDate.of(2026, 2, 1));
            var cause = actionPlans.addCause(workspace.id(), problem, se.samsyn.actionplan.Perspective.PLACE,
                    "Mörk tunnel", "Trygghetsvandring", se.samsyn.actionplan.Confidence.HIGH);
            var plan = actionPlans.createPlan(workspace.id(), "Plan 2026", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31));
            var measure = actionPlans.addMeasure(workspace.id(), plan, new se.samsyn.actionplan.MeasureInput(
                    "Belysning", se.samsyn.actionplan.MeasureKind.SITUATIONAL, se.samsyn.actionplan.Horizon.SHORT,
                    false, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), null, null, null,
                    workspace.municipality().value(), "Kim", "kim@kommun.example", false, null, null, List.of(cause),
                    null));
            actionPlans.addGoal(workspace.id(), plan, new se.samsyn.actionplan.GoalInput(measure,
                    se.samsyn.actionplan.GoalKind.OUTPUT, "Verka för bättre belysning", null, null, null, null, null, null, null,
                    null));
            actionPlans.adopt(workspace.id(), plan, "Styrgruppen", LocalDate.of(2026, 1, 20), "§ 1");
            problemId = problem.toString();
            planId = plan.toString();
            measureId = measure.toString();
        } finally {
            data.logout();
        }
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    List<String> pages() {
        String ws = "/workspaces/" + workspace.id();
        return List.of("/", ws, ws + "/areas", ws + "/areas/" + areaId, ws + "/areas/import", ws + "/users",
                ws + "/users/new", ws + "/users/" + coordinator, ws + "/organisations", ws + "/audit", "/account",
                "/admin/organisations", "/admin/organisations/new", "/admin/organisations/" + workspace.municipality(),
                "/admin/workspaces", "/admin/workspaces/" + workspace.id(), "/admin/audit", ws + "/audit?lang=en",
                ws + "/police-events", "/admin/police-events", ws + "/agreements", ws + "/agreements/new",
                ws + "/agreements/" + agreementId, ws + "/agreements/" + agreementId + "/edit", ws + "/referral/" + referralRoundId,
                ws + "/governance", ws + "/compliance", ws + "/agreements?lang=en",
                ws + "/action-plans", ws + "/action-plans/problems/" + problemId, ws + "/action-plans/plans/" + planId,
                ws + "/action-plans/measures/" + measureId, ws + "/action-plans/plans/" + planId + "?lang=en",
                ws + "/action-plans/measures/" + measureId + "/evaluation?target=" + areaId + "&comparison=" + areaId,
                ws + "/action-plans/plans/" + planId + "/versions/1",
                ws + "/situation/documents",
                ws + "/situation/documents/" + documentId, ws + "/situation/documents/" + documentId + "/public",
                ws + "/situation/documents/" + documentId + "?lang=en");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void the_page_has_no_wcag_violations(String page) {
        browser.visit(page);
        assertThat(browser.find("h1").getText()).isNotBlank().doesNotContain("Fel ");
        browser.assertAccessible();
    }
}
