package se.samsyn.incident.rest.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.domain.ApiTokenService;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.shared.Role;

@IntegrationTest
class Open311ControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    GeoApi geo;

    @Autowired
    CategoryService categories;

    @Autowired
    ReportService reports;

    @Autowired
    ApiTokenService tokens;

    IncidentFixture fixture;
    TestData.TestWorkspace ws;
    String apiKey;

    @BeforeEach
    void setUp() {
        fixture = new IncidentFixture(geo, categories, data);
        ws = data.workspace();
        fixture.area(ws);
        apiKey = tokens.issue(data.user(ws, Role.REPORTER), "Open311-app", null).token();
    }

    @Test
    void discoveryAnnouncesTheEndpointInXmlAndJson() throws Exception {
        mvc.perform(get("/open311/v2/discovery.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
                .andExpect(jsonPath("$.endpoints[0].formats").value(hasItem("text/xml")))
                .andExpect(jsonPath("$.changeset").isNotEmpty())
                .andExpect(jsonPath("$.key_service").isNotEmpty());
        mvc.perform(get("/open311/v2/discovery.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andExpect(content().string(containsString("<endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification>")));
    }

    @Test
    void servicesAreTheActiveCategoriesByNationalCodeInJsonAndXml() throws Exception {
        mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", ws.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.service_code=='EST-01.1')].service_name").value(hasItem("Klotter och tags")))
                .andExpect(jsonPath("$[?(@.service_code=='EST-01.1')].group").value(hasItem("Skadegörelse")))
                .andExpect(jsonPath("$[?(@.service_code=='EST-01.1')].type").value(hasItem("realtime")))
                .andExpect(jsonPath("$[?(@.service_code=='EST-01.1')].metadata").value(hasItem(false)));
        mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", ws.code()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andExpect(content().string(containsString("<services><service><service_code>")))
                .andExpect(content().string(containsString("<service_code>EST-08</service_code><service_name>Otrygg plats</service_name>")));
    }

    @Test
    void aRetiredCategoryIsNotOfferedAsAService() throws Exception {
        var litter = fixture.category(ws, "NEDSKRAPNING");
        categories.retire(ws.id(), litter.id());

        mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", ws.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_code").value(not(hasItem("EST-02"))))
                .andExpect(jsonPath("$[*].service_code").value(hasItem("EST-08")));
        mvc.perform(get("/open311/v2/services/EST-02.json").param("jurisdiction_id", ws.code()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aServiceDefinitionNamesTheServiceCode() throws Exception {
        mvc.perform(get("/open311/v2/services/EST-01.1.json").param("jurisdiction_id", ws.code()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code").value("EST-01.1"))
                .andExpect(jsonPath("$.attributes").isArray());
        mvc.perform(get("/open311/v2/services/EST-01.1.xml").param("jurisdiction_id", ws.code()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<service_definition><service_code>EST-01.1</service_code><attributes></attributes>")));
    }

    @Test
    void anUnknownJurisdictionIsNotFound() throws Exception {
        mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "0000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
    }

    @Test
    void aPostedRequestBecomesAReportInTheTriageQueue() throws Exception {
        var result = mvc.perform(newRequest("Trasig belysning vid cykelbanan"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].service_request_id").value(containsString("EST-")))
                .andExpect(jsonPath("$[0].service_notice").isNotEmpty())
                .andReturn();
        String reference = JsonPath.read(result.getResponse().getContentAsString(), "$[0].service_request_id");

        var queue = reports.list(ws.id(), new ReportFilter(ReportStatus.SUBMITTED, null, null, null, null, null, 0, 50)).rows();
        assertThat(queue).anySatisfy(r -> {
            assertThat(r.reference()).isEqualTo(reference);
            assertThat(r.description()).isEqualTo("Trasig belysning vid cykelbanan");
            assertThat(r.categoryNames()).containsExactly("Otrygg plats");
        });
    }

    @Test
    void aRepeatedPostReturnsTheFirstRequestInsteadOfADuplicate() throws Exception {
        String first = JsonPath.read(mvc.perform(newRequest("Krossad ruta i busskuren").param("requested_datetime", "2026-11-20T08:15:30+01:00"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$[0].service_request_id");
        mvc.perform(newRequest("Krossad ruta i busskuren").param("requested_datetime", "2026-11-20T08:15:30+01:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value(first));
    }

    @Test
    void aPostWithAnInvalidKeyIsForbiddenInTheSpecErrorFormat() throws Exception {
        mvc.perform(newRequest("Klotter", "api_key", "ssn_invalid"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403))
                .andExpect(jsonPath("$[0].description").isNotEmpty());
        mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("jurisdiction_id", ws.code()).param("service_code", "EST-08")
                        .param("lat", "55.7047").param("long", "13.1910").param("description", "Klotter"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andExpect(content().string(containsString("<errors><error><code>403</code><description>")));
    }

    @Test
    void aKeyWithoutAReportingRoleInTheMunicipalityIsForbidden() throws Exception {
        String analystKey = tokens.issue(data.user(ws, Role.ANALYST), "Analys", null).token();
        mvc.perform(newRequest("Klotter", "api_key", analystKey))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403));
    }

    @Test
    void aPostWithoutServiceCodeIsABadRequest() throws Exception {
        mvc.perform(newRequest("Klotter", "service_code", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value("service_code saknas."));
    }

    @Test
    void aLocationOutsideTheMunicipalityIsABadRequest() throws Exception {
        mvc.perform(newRequest("Klotter", "lat", "59.3293", "long", "18.0686"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(containsString("utanför")));
    }

    @Test
    void aRequestCanBeReadByIdWithMaskedTextGeneralisedPlaceAndOpenStatus() throws Exception {
        String reference = JsonPath.read(mvc.perform(newRequest("Ring 070-123 45 67 om lampan"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].service_notice").value(containsString("maskerats")))
                .andReturn().getResponse().getContentAsString(), "$[0].service_request_id");

        mvc.perform(get("/open311/v2/requests/{id}.json", reference).param("jurisdiction_id", ws.code()).param("api_key", apiKey))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value(reference))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].service_code").value("EST-08"))
                .andExpect(jsonPath("$[0].description").value(not(containsString("123 45 67"))))
                .andExpect(jsonPath("$[0].lat").value(55.704))
                .andExpect(jsonPath("$[0].long").value(13.192));
        mvc.perform(get("/open311/v2/requests/{id}.xml", reference).param("jurisdiction_id", ws.code()).param("api_key", apiKey))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<service_requests><request><service_request_id>" + reference)));
        mvc.perform(get("/open311/v2/requests/EST-1999-000001.json").param("jurisdiction_id", ws.code()).param("api_key", apiKey))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
    }

    @Test
    void requestsAreListedByRequestedDateServiceCodeAndStatus() throws Exception {
        String reference = JsonPath.read(mvc.perform(newRequest("Mörk gångtunnel"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$[0].service_request_id");
        var now = Instant.now().atOffset(ZoneOffset.UTC);

        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", ws.code()).param("api_key", apiKey)
                        .param("start_date", now.minusHours(1).toString()).param("end_date", now.plusHours(1).toString())
                        .param("service_code", "EST-08").param("status", "open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(reference)));
        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", ws.code()).param("api_key", apiKey)
                        .param("start_date", now.minusDays(10).toString()).param("end_date", now.minusDays(5).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(reference))));
        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", ws.code()).param("api_key", apiKey).param("status", "closed"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(reference))));
        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", ws.code()).param("api_key", apiKey)
                        .param("start_date", now.minusDays(200).toString()).param("end_date", now.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400));
    }

    @Test
    void requestsAreReadOnlyWithAKeyAndAReporterSeesOnlyTheirOwn() throws Exception {
        String reference = JsonPath.read(mvc.perform(newRequest("Trasig belysning vid cykelvägen"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$[0].service_request_id");
        String otherReporter = tokens.issue(data.user(ws, Role.REPORTER), "Annan app", null).token();
        String coordinator = tokens.issue(data.user(ws, Role.COORDINATOR), "Samordnarens app", null).token();

        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", ws.code()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403));
        mvc.perform(get("/open311/v2/requests/{id}.xml", reference).param("jurisdiction_id", ws.code()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", ws.code()).param("api_key", "ssn_not-a-key"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", ws.code()).param("api_key", otherReporter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id").value(not(hasItem(reference))));
        mvc.perform(get("/open311/v2/requests/{id}.json", reference).param("jurisdiction_id", ws.code())
                        .param("api_key", otherReporter))
                .andExpect(status().isNotFound());
        mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", ws.code()).param("api_key", apiKey))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(reference)));
        mvc.perform(get("/open311/v2/requests/{id}.json", reference).param("jurisdiction_id", ws.code())
                        .param("api_key", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value(reference));
    }

    /** A valid request; pairs of name and value in {@code overrides} replace the defaults. */
    private MockHttpServletRequestBuilder newRequest(String description, String... overrides) {
        var params = new java.util.LinkedHashMap<String, String>();
        params.put("api_key", apiKey);
        params.put("jurisdiction_id", ws.code());
        params.put("service_code", "EST-08");
        params.put("lat", "55.7047");
        params.put("long", "13.1910");
        params.put("description", description);
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        var request = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        params.forEach(request::param);
        return request;
    }
}
