package se.samsyn.incident.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditQuery;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.shared.Role;

@IntegrationTest
class ReportRestControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    GeoApi geo;

    @Autowired
    CategoryService categories;

    @Autowired
    AuditApi audit;

    IncidentFixture fixture;
    TestData.TestWorkspace ws;
    UserId reporter;
    UserId coordinator;

    @BeforeEach
    void setUp() {
        fixture = new IncidentFixture(geo, categories, data);
        ws = data.workspace();
        fixture.area(ws);
        reporter = data.user(ws, Role.REPORTER);
        coordinator = data.user(ws, Role.COORDINATOR);
    }

    @Test
    void aReportIsCreatedOncePerIdempotencyKeyListedReadAndTriaged() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body(LocalDate.now().minusDays(1), "Glaskross vid entrén", false);

        String created = mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.references[0]").isString())
                .andExpect(jsonPath("$.repeated").value(false))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.ids[0]");
        mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repeated").value(true))
                .andExpect(jsonPath("$.ids[0]").value(id));

        mvc.perform(get("/api/v1/workspaces/{ws}/reports", ws.id()).param("status", "SUBMITTED").param("size", "10")
                        .with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalObservations").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].categoryNames[0]").value("Klotter och tags"));
        mvc.perform(get("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Glaskross vid entrén"))
                .andExpect(jsonPath("$.areaIds.length()").value(1))
                .andExpect(jsonPath("$.h3r9").isNumber());
        mvc.perform(post("/api/v1/workspaces/{ws}/reports/{id}/status", ws.id(), id).with(data.as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACCEPTED\",\"note\":\"Ok\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/workspaces/{ws}/reports/{id}/status", ws.id(), id).with(data.as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SUBMITTED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("incident.error.transition"));

        assertThat(audit.search(new AuditQuery(ws.id(), null, "READ", "IncidentReport", id, null, null, 0, 10))).hasSize(1);
    }

    @Test
    void theOpenApiDocumentDescribesOneReportAsAnApiViewWithoutInternalIds() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Report.properties.areaIds").exists())
                .andExpect(jsonPath("$.components.schemas.Report.properties.categories.items['$ref']")
                        .value("#/components/schemas/ReportCategory"))
                .andExpect(jsonPath("$.components.schemas.Report.properties.submissionId").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.ReportView").doesNotExist());
    }

    @Test
    void theReporterRevisesTheirOwnReportThroughTheApiWithThePersonalDataWarningAsOnCreate() throws Exception {
        String created = mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content(body(LocalDate.now().minusDays(1), "Klotter", false)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.ids[0]");
        String revision = "{\"description\": \"Klotter, bilen ABC123 stod där\", \"placeText\": \"Vid grinden\"}";

        mvc.perform(patch("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content(revision))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("incident.pii.warning"));
        mvc.perform(patch("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(data.user(ws, Role.REPORTER)))
                        .contentType(MediaType.APPLICATION_JSON).content(revision))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision.replace("}", ", \"confirmPersonalData\": true, \"version\": 0}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Klotter, bilen [***] stod där"))
                .andExpect(jsonPath("$.placeText").value("Vid grinden"))
                .andExpect(jsonPath("$.categories[0].code").value("SKADEGORELSE_KLOTTER"))
                .andExpect(jsonPath("$.personalDataKinds[0]").value("VEHICLE_REGISTRATION"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(patch("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\": \"Äldre\", \"version\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("incident.error.staleReport"));

        mvc.perform(post("/api/v1/workspaces/{ws}/reports/{id}/status", ws.id(), id).with(data.as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACCEPTED\"}"))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\": \"Sent\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("incident.error.notRevisable"));
    }

    @Test
    void reportsWithAPointAreExportedAsGeoJson() throws Exception {
        mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content(body(LocalDate.now().minusDays(1), "Ring 0701234567", true)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/workspaces/{ws}/reports/export.geojson", ws.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(IncidentFixture.INSIDE_LON))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[1]").value(IncidentFixture.INSIDE_LAT))
                .andExpect(jsonPath("$.features[0].properties.description").value("Ring [***]"))
                .andExpect(jsonPath("$.features[0].properties.personalDataMasked").value(true));
        mvc.perform(get("/api/v1/workspaces/{ws}/reports/export.geojson", ws.id()).with(data.as(reporter)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputGivesProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content(body(LocalDate.now().plusDays(1), "Framtid", false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("incident.error.future"))
                .andExpect(jsonPath("$.title").value("Iakttagelse 1: tiden kan inte ligga i framtiden."));
        mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content(body(LocalDate.now().minusDays(1), "Ring 0701234567", false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("incident.pii.warning"));
        mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content(body(LocalDate.now().minusDays(1), "Ring 0701234567", true)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"observations\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("incident.error.observationCount"));
        mvc.perform(get("/api/v1/workspaces/{ws}/reports", ws.id()).param("size", "1000").with(data.as(coordinator)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aReaderMayListButNotChangeAndAForeignUserGets404() throws Exception {
        String created = mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))
                        .contentType(MediaType.APPLICATION_JSON).content(body(LocalDate.now().minusDays(1), "Text", false)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.ids[0]");
        var reader = data.user(ws, Role.READER);
        var foreign = data.user(data.workspace(), Role.ADMIN);

        mvc.perform(get("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reader))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/workspaces/{ws}/reports/{id}/status", ws.id(), id).with(data.as(reader))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACCEPTED\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("common.error.forbidden"));
        mvc.perform(post("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reader))
                        .contentType(MediaType.APPLICATION_JSON).content(body(LocalDate.now().minusDays(1), "Text", false)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(foreign)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("common.error.notFound"));
        mvc.perform(get("/api/v1/workspaces/{ws}/reports", ws.id()).with(data.as(reporter))).andExpect(status().isForbidden());
    }

    private String body(LocalDate date, String description, boolean confirm) {
        return """
                {"confirmPersonalData": %s, "observations": [{
                  "lat": %s, "lon": %s, "placeType": "OUTDOOR_PUBLIC", "date": "%s", "accuracy": "HOUR", "time": "21:30",
                  "categoryIds": ["%s"], "description": "%s", "assessment": "INSECURITY_CREATING",
                  "policeNotified": "UNKNOWN", "othersNotified": ["FAULT_REPORT"]}]}
                """.formatted(confirm, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, date,
                fixture.category(ws, "SKADEGORELSE_KLOTTER").id(), description);
    }
}
