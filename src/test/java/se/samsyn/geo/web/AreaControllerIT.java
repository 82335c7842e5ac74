package se.samsyn.geo.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.shared.Role;

@IntegrationTest
class AreaControllerIT {

    static final String OUTER = "[[[13.10,55.66],[13.30,55.66],[13.30,55.76],[13.10,55.76],[13.10,55.66]]]";
    static final String INNER = "[[[13.19,55.70],[13.20,55.70],[13.20,55.71],[13.19,55.71],[13.19,55.70]]]";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    GeoApi geo;

    @Value("${samsyn.web.map.tile-url:}")
    String tileUrl;

    @AfterEach
    void logout() {
        data.logout();
    }

    record Fixture(TestData.TestWorkspace ws, UserId reader, AreaSummary outer, AreaSummary inner) {}

    Fixture fixture() {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        data.actAs(coordinator);
        geo.importGeoJson(ws.id(), AreaType.DISTRICT, "outer.geojson", collection("Centrala staden", "D1", OUTER), null,
                null, LocalDate.of(2024, 1, 1), coordinator.value());
        geo.importGeoJson(ws.id(), AreaType.EST_AREA, "inner.geojson", collection("Domkyrkokvarteret", "E1", INNER), null,
                null, LocalDate.of(2024, 1, 1), coordinator.value());
        data.logout();
        var outer = geo.areas(ws.id(), AreaType.DISTRICT).get(0);
        var inner = geo.areas(ws.id(), AreaType.EST_AREA).get(0);
        return new Fixture(ws, data.user(ws, Role.READER), outer, inner);
    }

    @Test
    void theAreaPageShowsTypeCodeValidityParentChildrenH3AndTheExportLink() throws Exception {
        var f = fixture();

        mvc.perform(get("/workspaces/{ws}/areas/{id}", f.ws().id(), f.inner().id()).with(data.as(f.reader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Domkyrkokvarteret</h1>")))
                .andExpect(content().string(containsString("EST-område")))
                .andExpect(content().string(containsString("E1")))
                .andExpect(content().string(containsString("2024-01-01")))
                .andExpect(content().string(containsString("tills vidare")))
                .andExpect(content().string(containsString("Centrala staden")))
                .andExpect(content().string(containsString("H3-celler")))
                .andExpect(content().string(containsString(
                        "/api/v1/workspaces/" + f.ws().id() + "/areas/" + f.inner().id() + ".geojson")))
                .andExpect(content().string(containsString("data-geojson")));

        mvc.perform(get("/workspaces/{ws}/areas/{id}", f.ws().id(), f.outer().id()).with(data.as(f.reader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"area-children\"")))
                .andExpect(content().string(containsString("Domkyrkokvarteret")))
                .andExpect(content().string(containsString("Inget större område")));
    }

    @Test
    void theMapHasTilesOnlyWhenConfiguredAndDrawsThePolygonFromTheAreasOwnExport() throws Exception {
        var f = fixture();

        mvc.perform(get("/workspaces/{ws}/areas/{id}", f.ws().id(), f.inner().id()).with(data.as(f.reader())))
                .andExpect(content().string(tileUrl.isEmpty() ? not(containsString("data-tiles"))
                        : containsString("data-tiles=\"" + tileUrl + "\"")));
        mvc.perform(get("/api/v1/workspaces/{ws}/areas/{id}.geojson", f.ws().id(), f.inner().id())
                        .with(data.as(f.reader())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.name").value("Domkyrkokvarteret"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
    }

    @Test
    void theAreaIsAvailableAsJson() throws Exception {
        var f = fixture();

        mvc.perform(get("/api/v1/workspaces/{ws}/areas/{id}", f.ws().id(), f.inner().id()).with(data.as(f.reader())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Domkyrkokvarteret"))
                .andExpect(jsonPath("$.parent").value(f.outer().id().toString()));
    }

    @Test
    void aUserOfAnotherWorkspaceGetsNotFoundForThePageTheJsonAndTheExport() throws Exception {
        var f = fixture();
        var other = data.workspace();
        var stranger = data.user(other, Role.ADMIN);

        mvc.perform(get("/workspaces/{ws}/areas/{id}", f.ws().id(), f.inner().id()).with(data.as(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Domkyrkokvarteret"))));
        mvc.perform(get("/api/v1/workspaces/{ws}/areas/{id}", f.ws().id(), f.inner().id()).with(data.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/{ws}/areas/{id}.geojson", f.ws().id(), f.inner().id())
                        .with(data.as(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAreaOfAnotherWorkspaceIsNotFoundThroughOnesOwnWorkspace() throws Exception {
        var f = fixture();
        var other = data.workspace();
        var admin = data.user(other, Role.ADMIN);

        mvc.perform(get("/workspaces/{ws}/areas/{id}", other.id(), f.inner().id()).with(data.as(admin)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Domkyrkokvarteret"))));
        mvc.perform(get("/api/v1/workspaces/{ws}/areas/{id}.geojson", other.id(), f.inner().id()).with(data.as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileWithSwappedCoordinatesReturnsTheFormWithASwedishMessageAndWhatTheUserTyped() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        String swapped = "[[[55.70,13.19],[55.70,13.20],[55.71,13.20],[55.71,13.19],[55.70,13.19]]]";
        var file = new MockMultipartFile("file", "bakvand.geojson", "application/geo+json",
                collection("Bakvänd", "B1", swapped));

        mvc.perform(multipart("/workspaces/{ws}/areas/import", ws.id()).file(file).param("type", "EST_AREA")
                        .param("nameProperty", "name").param("validFrom", "2025-01-01")
                        .with(data.as(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("latitud och longitud i omvänd ordning")))
                .andExpect(content().string(containsString("value=\"name\"")))
                .andExpect(content().string(containsString("value=\"2025-01-01\"")));

        assertThat(geo.areas(ws.id(), null)).isEmpty();
    }

    private static byte[] collection(String name, String code, String coordinates) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name
                + "\",\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}}]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
