package se.samsyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samsyn.access.UserId;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.shared.Role;

/**
 * Every endpoint the application maps, called by an administrator of kommun A with the ids of kommun B's resources,
 * must answer 403 or 404. Pages under {@code /public/} are meant for everyone and are left out. New path variables must be given a real resource of B below, so no endpoint escapes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired GeoApi geo;
    @Autowired se.samsyn.incident.domain.CategoryService incidentCategories;
    @Autowired se.samsyn.incident.domain.ReportService reports;
    @Autowired se.samsyn.statistics.domain.ImportJobs statisticsImports;
    @Autowired se.samsyn.statistics.domain.CategoryService statisticsCategories;
    @Autowired se.samsyn.statistics.domain.SurveyService surveys;
    @Autowired se.samsyn.statistics.StatisticsApi statistics;
    @Autowired se.samsyn.organisation.OrganisationApi organisations;
    @Autowired se.samsyn.agreement.AgreementApi agreementApi;
    @Autowired se.samsyn.situation.domain.SituationService situation;
    @Autowired se.samsyn.situation.domain.SituationDocuments situationDocuments;
    @Autowired se.samsyn.agreement.domain.AgreementService agreements;
    @Autowired se.samsyn.agreement.domain.ReferralService referral;
    @Autowired se.samsyn.actionplan.domain.ActionPlans actionPlans;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    TestData.TestWorkspace a;
    TestData.TestWorkspace b;
    UserId adminOfA;
    UserId adminOfB;
    final Map<String, String> resourcesOfB = new LinkedHashMap<>();

    @BeforeAll
    void twoKommuner() throws Exception {
        a = data.workspace();
        b = data.workspace();
        adminOfA = data.user(a, Role.ADMIN);
        adminOfB = data.user(b, Role.ADMIN);
        resourcesOfB.put("workspaceId", b.id().toString());
        geo.importGeoJson(b.id(), AreaType.EST_AREA, "two-est-areas.geojson",
                new ClassPathResource("fixtures/two-est-areas.geojson").getContentAsByteArray(), null, null,
                LocalDate.of(2026, 1, 1), adminOfB.value());
        resourcesOfB.put("areaId", geo.areas(b.id(), AreaType.EST_AREA).get(0).id().toString());
        statisticsResourcesOfB();
        incidentResourcesOfB();
        agreementResourcesOfB();
        actionPlanResourcesOfB();
        resourcesOfB.put("documentId", situationDocuments.create(situation.scope(b.id(),
                se.samsyn.situation.SituationPeriod.Kind.YEAR, LocalDate.of(2026, 1, 1), null, null, null, null),
                se.samsyn.situation.domain.DocumentType.STATUTORY, "Lägesbild B", adminOfB.value()).toString());
        resourcesOfB.put("userId", adminOfB.toString());
        resourcesOfB.put("managedWorkspaceId", b.id().toString());
        resourcesOfB.put("organisationId", b.municipality().toString());
    }

    private void incidentResourcesOfB() throws Exception {
        var fixture = new se.samsyn.incident.IncidentFixture(geo, incidentCategories, data);
        mvc.perform(fixture.reportFormWithPhoto(b, adminOfB, java.util.UUID.randomUUID().toString(), "Klotter vid stationen",
                "IMG_0001.jpg", se.samsyn.incident.IncidentFixture.jpegWithExif()));
        var report = reports.list(b.id(), se.samsyn.incident.domain.ReportFilter.mine(adminOfB.value(), 0)).rows().get(0);
        resourcesOfB.put("reportId", report.id().toString());
        resourcesOfB.put("photoId", reports.photoIds(report.id()).get(0).toString());
        resourcesOfB.put("categoryId", incidentCategories.list(b.id(), true).get(0).id().toString());
    }

    private void agreementResourcesOfB() {
        var f = new se.samsyn.agreement.AgreementFixture(data, organisations, agreementApi, b);
        var id = f.draft("Samverkansöverenskommelse B", 2024, 2027);
        agreementApi.addAnnex(b.id(), id, new se.samsyn.agreement.NewAnnex(se.samsyn.agreement.AnnexKind.SITUATION_PICTURE,
                "Lägesbild", null, "lagesbild.txt", "text/plain", "Lägesbild".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var round = agreementApi.startReferral(b.id(), id, "Remiss", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                List.of(new se.samsyn.agreement.NewRecipient("Socialnämnden", null, null)));
        agreementApi.reply(b.id(), round, "Socialnämnden", new se.samsyn.agreement.ReferralReply(
                se.samsyn.agreement.ReplyPosition.SUPPORTS, LocalDate.of(2026, 1, 20), null, null, "svar.txt", "text/plain",
                "Tillstyrker".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        resourcesOfB.put("agreementId", id.toString());
        resourcesOfB.put("annexId", agreements.get(b.id(), id, null, LocalDate.now()).version().annexes().get(0).id().toString());
        resourcesOfB.put("referralRoundId", round.toString());
        resourcesOfB.put("recipientId", referral.get(b.id(), round).recipients().get(0).id().toString());
        resourcesOfB.put("governanceBodyId", f.ks.toString());
    }

    private void actionPlanResourcesOfB() {
        data.actAs(adminOfB);
        try {
            var problem = actionPlans.createProblem(b.id(), new se.samsyn.actionplan.NewFocusArea("Klotter", null,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 1, List.of(), null, List.of()));
            var cause = actionPlans.addCause(b.id(), problem, se.samsyn.actionplan.Perspective.PLACE, "Omålade väggar",
                    null, se.samsyn.actionplan.Confidence.MEDIUM);
            var plan = actionPlans.createPlan(b.id(), "Plan", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            var measure = actionPlans.addMeasure(b.id(), plan, new se.samsyn.actionplan.MeasureInput("Sanering",
                    se.samsyn.actionplan.MeasureKind.SITUATIONAL, se.samsyn.actionplan.Horizon.SHORT, false, null,
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), null, null, null, b.municipality().value(),
                    "Kim", "kim@kommun.example", false, null, null, List.of(cause), null));
            resourcesOfB.put("problemId", problem.toString());
            resourcesOfB.put("planId", plan.toString());
            resourcesOfB.put("measureId", measure.toString());
            actionPlans.adopt(b.id(), plan, "Styrgruppen", LocalDate.of(2026, 1, 20), "§ 1");
            resourcesOfB.put("revision", "1");
        } finally {
            data.logout();
        }
    }

    private void statisticsResourcesOfB() throws IOException {
        var data = java.nio.file.Path.of(System.getProperty("user.dir")).resolve("../shared/data");
        statisticsImports.importNow(b.id(), se.samsyn.statistics.domain.ImportKind.BRA, "gbg.csv",
                java.nio.file.Files.readAllBytes(data.resolve("bra_statistik/bra_goteborg_stadsomraden_2023-2025.csv")),
                adminOfB.value());
        statisticsImports.importNow(b.id(), se.samsyn.statistics.domain.ImportKind.SURVEY, "lulea.csv",
                java.nio.file.Files.readAllBytes(data.resolve("trygghet/trygghetsmatning_resultat_fran_pressmeddelanden.csv")),
                adminOfB.value());
        resourcesOfB.put("seriesId", statistics.series(b.id(), se.samsyn.statistics.SeriesQuery.all()).get(0).id().toString());
        resourcesOfB.put("roundId", surveys.rounds(b.id()).get(0).id().toString());
        var category = statisticsCategories.create(b.id(), "VALD", "Våldsbrott", LocalDate.of(2020, 1, 1), null);
        statisticsCategories.map(b.id(), category, "BRA", "misshandel");
        resourcesOfB.put("councilCategoryId", category.toString());
        resourcesOfB.put("mappingId", statisticsCategories.list(b.id()).get(0).mappings().get(0).id().toString());
        resourcesOfB.put("jobId", statisticsImports.upload(b.id(), se.samsyn.statistics.domain.ImportKind.POLICE, "p.csv",
                "område;period;kategori;antal\nX;2026-01;VALD;1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                adminOfB.value()).toString());
    }

    record Endpoint(HttpMethod method, String pattern, MediaType consumes) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void an_administrator_of_one_kommun_gets_403_or_404_on_every_resource_of_another() throws Exception {
        List<Endpoint> endpoints = workspaceEndpoints();
        assertThat(endpoints).as("workspace endpoints found").hasSizeGreaterThan(5);

        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            int status = call(endpoint, adminOfA);
            if (status != 403 && status != 404) {
                leaks.add(endpoint + " -> " + status);
            }
        }
        assertThat(leaks).as("endpoints that answered a user of another kommun").isEmpty();
    }

    @Test
    void the_owner_of_the_resources_is_let_through_so_the_check_above_means_something() throws Exception {
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : workspaceEndpoints()) {
            if (endpoint.method() != HttpMethod.GET) {
                continue;
            }
            checked++;
            int status = call(endpoint, adminOfB);
            if (status == 403 || status == 404) {
                refused.add(endpoint + " -> " + status);
            }
        }
        assertThat(checked).isGreaterThan(3);
        assertThat(refused).as("GET endpoints that refused their own kommun's administrator").isEmpty();
    }

    @Test
    void administration_pages_refuse_a_workspace_administrator() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : allEndpoints()) {
            if (endpoint.pattern().startsWith("/admin")) {
                int status = call(endpoint, adminOfA);
                if (status != 403 && status != 404) {
                    leaks.add(endpoint + " -> " + status);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void every_endpoint_that_takes_a_resource_id_is_scoped_by_workspace_or_is_administration() {
        List<Endpoint> unscoped = allEndpoints().stream()
                .filter(e -> VARIABLE.matcher(e.pattern()).find())
                .filter(e -> !e.pattern().contains("{workspaceId}") && !e.pattern().startsWith("/admin"))
                .toList();
        assertThat(unscoped).as("endpoints with ids but no workspace in the path").isEmpty();
    }

    private List<Endpoint> workspaceEndpoints() {
        return allEndpoints().stream().filter(e -> e.pattern().contains("{workspaceId}")).toList();
    }

    private List<Endpoint> allEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst().orElse(null);
            for (String pattern : info.getDirectPaths().isEmpty() ? info.getPatternValues() : info.getDirectPaths()) {
                if (pattern.startsWith("/test/") || pattern.startsWith("/api/v1/test/") || pattern.startsWith("/error")
                        || pattern.startsWith("/v3/") || pattern.startsWith("/public/")
                        // Open311 is a public protocol keyed by jurisdiction_id (kommunkod), not by workspace path
                        || pattern.startsWith("/open311/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.asHttpMethod(), pattern, consumes));
                }
            }
        }
        return endpoints;
    }

    private int call(Endpoint endpoint, UserId user) throws Exception {
        String url = url(endpoint.pattern());
        AbstractMockHttpServletRequestBuilder<?> request;
        if (endpoint.consumes() != null && endpoint.consumes().includes(MediaType.MULTIPART_FORM_DATA)) {
            request = MockMvcRequestBuilders.multipart(endpoint.method(), url);
        } else {
            request = MockMvcRequestBuilders.request(endpoint.method(), url);
            if (endpoint.consumes() != null && !endpoint.consumes().isWildcardType()) {
                request.contentType(endpoint.consumes()).content("{}");
            }
        }
        if (!url.startsWith("/api/")) {
            request.accept(MediaType.TEXT_HTML);
        }
        return mvc.perform(request.with(csrf()).with(data.as(user))).andReturn().getResponse().getStatus();
    }

    private String url(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String id = resourcesOfB.get(matcher.group(1));
            assertThat(id).as("a resource of kommun B for {%s} in %s: add one in twoKommuner()", matcher.group(1), pattern)
                    .isNotNull();
            matcher.appendReplacement(url, id);
        }
        matcher.appendTail(url);
        return url.toString();
    }
}
