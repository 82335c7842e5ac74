package se.samsyn.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.actionplan.Confidence;
import se.samsyn.actionplan.Horizon;
import se.samsyn.actionplan.MeasureInput;
import se.samsyn.actionplan.MeasureKind;
import se.samsyn.actionplan.NewFocusArea;
import se.samsyn.actionplan.Perspective;
import se.samsyn.actionplan.domain.ActionPlans;
import se.samsyn.actionplan.domain.EffectEvaluations;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentApi;
import se.samsyn.incident.ObservationDraft;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.shared.Role;

/** Before/after against a comparison area, with the displacement check on the neighbouring area. */
@IntegrationTest
class EffectEvaluationIT {

    static final String AREAS = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"namn":"Tunneln"},"geometry":{"type":"Polygon","coordinates":[[[13.180,55.700],[13.200,55.700],[13.200,55.712],[13.180,55.712],[13.180,55.700]]]}},
            {"type":"Feature","properties":{"namn":"Stationen"},"geometry":{"type":"Polygon","coordinates":[[[13.200,55.700],[13.220,55.700],[13.220,55.712],[13.200,55.712],[13.200,55.700]]]}},
            {"type":"Feature","properties":{"namn":"Norra fältet"},"geometry":{"type":"Polygon","coordinates":[[[13.400,55.800],[13.420,55.800],[13.420,55.812],[13.400,55.812],[13.400,55.800]]]}}
            ]}""";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ActionPlans plans;
    @Autowired EffectEvaluations evaluations;
    @Autowired GeoApi geo;
    @Autowired IncidentApi incidents;

    @Test
    void the_target_improves_against_the_comparison_and_the_neighbour_shows_displacement() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        geo.importGeoJson(ws.id(), AreaType.EST_AREA, "areas.geojson", AREAS.getBytes(StandardCharsets.UTF_8), null,
                null, LocalDate.now().minusYears(1), coordinator.value());
        List<AreaSummary> areas = geo.areas(ws.id(), AreaType.EST_AREA);
        UUID tunnel = id(areas, "Tunneln");
        UUID station = id(areas, "Stationen");
        UUID north = id(areas, "Norra fältet");
        LocalDate today = LocalDate.now();

        List<ObservationDraft> drafts = new ArrayList<>();
        add(drafts, 55.706, 13.190, today.minusDays(30), 4);
        add(drafts, 55.706, 13.190, today.minusDays(5), 1);
        add(drafts, 55.806, 13.410, today.minusDays(30), 2);
        add(drafts, 55.806, 13.410, today.minusDays(5), 2);
        add(drafts, 55.706, 13.210, today.minusDays(30), 1);
        add(drafts, 55.706, 13.210, today.minusDays(5), 3);
        incidents.fileTriaged(ws.id(), data.principal(data.user(ws, Role.REPORTER)).actor(),
                data.principal(coordinator).actor(), UUID.randomUUID().toString(), drafts);

        data.actAs(coordinator);
        UUID measure;
        try {
            var problem = plans.createProblem(ws.id(), new NewFocusArea("Klotter i tunneln", null, today.minusMonths(3),
                    today.plusMonths(9), 1, List.of(tunnel), null, List.of()));
            var cause = plans.addCause(ws.id(), problem, Perspective.PLACE, "Mörkt", null, Confidence.HIGH);
            var plan = plans.createPlan(ws.id(), "Plan", today.minusMonths(3), today.plusMonths(9));
            measure = plans.addMeasure(ws.id(), plan, new MeasureInput("Belysning och sanering", MeasureKind.SITUATIONAL,
                    Horizon.SHORT, false, null, today.minusDays(20), today.plusDays(30), null, null, null,
                    ws.municipality().value(), "Anna", "anna@kommun.example", false, null, null, List.of(cause), null));
            var result = evaluations.evaluate(ws.id(), measure, List.of(tunnel), List.of(north), null, today);
            assertThat(result.target().before()).isEqualTo(4);
            assertThat(result.target().after()).isEqualTo(1);
            assertThat(result.relativeEffect()).isEqualTo(0.25);
            assertThat(result.neighbourAreas()).containsExactly("Stationen");
            assertThat(result.displacement()).isEqualTo(3.0);
        } finally {
            data.logout();
        }

        String url = "/workspaces/" + ws.id() + "/action-plans/measures/" + measure + "/evaluation";
        mvc.perform(get(url).with(data.as(coordinator))).andExpect(status().isOk());
        mvc.perform(get(url).param("target", tunnel.toString()).param("comparison", north.toString())
                        .with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"effect-relative\">0,25<")))
                .andExpect(content().string(Matchers.containsString("Begränsningar")));
        mvc.perform(get(url).param("target", tunnel.toString()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("minst ett jämförelseområde")));
    }

    static UUID id(List<AreaSummary> areas, String name) {
        return areas.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id().value();
    }

    static void add(List<ObservationDraft> drafts, double lat, double lon, LocalDate day, int times) {
        for (int i = 0; i < times; i++) {
            drafts.add(new ObservationDraft(lat, lon, null, day, ObservedIncident.TimeAccuracy.DAY, null, null,
                    "SKADEGORELSE_KLOTTER", "Klotter", ObservationDraft.Outcome.ACCEPTED));
        }
    }
}
