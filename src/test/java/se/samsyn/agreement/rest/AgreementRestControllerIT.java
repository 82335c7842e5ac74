package se.samsyn.agreement.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.AgreementFixture;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Role;

/** /api/v1/workspaces/{id}/agreements: create, list, read, change status; refusals as problem details. */
@IntegrationTest
class AgreementRestControllerIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired OrganisationApi organisations;
    @Autowired AgreementApi api;

    @Test
    void anAgreementIsCreatedListedReadAdoptedAndRefusalsAreProblemDetails() throws Exception {
        var f = new AgreementFixture(data, organisations, api);
        var coordinator = data.user(f.ws, Role.COORDINATOR);
        var reader = data.user(f.ws, Role.READER);
        String base = "/api/v1/workspaces/" + f.ws.id() + "/agreements";
        String body = """
                {"title": "Samverkansöverenskommelse 2024–2027", "level": "LOCAL", "parties": ["%s", "%s"],
                 "validFrom": "2024-01-01", "validTo": "2027-12-31", "purpose": "Främja samarbetet"}"""
                .formatted(f.kommun, f.lpo);
        var created = mvc.perform(post(base).with(csrf()).with(data.as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().exists("Location")).andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        mvc.perform(post(base).with(csrf()).with(data.as(coordinator)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("agreement.error.overlap"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.startsWith("Samma parter har redan")));
        mvc.perform(post(base).with(csrf()).with(data.as(reader)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());

        mvc.perform(get(base).with(data.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Samverkansöverenskommelse 2024–2027"))
                .andExpect(jsonPath("$[0].status").value("DRAFT"));

        mvc.perform(post(base + "/" + id + "/status").with(csrf()).with(data.as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"SIGNED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("agreement.error.transition"));
        mvc.perform(post(base + "/" + id + "/status").with(csrf()).with(data.as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PENDING_DECISION\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING_DECISION"));
        mvc.perform(post(base + "/" + id + "/status").with(csrf()).with(data.as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"status": "ADOPTED", "decidingBodyId": "%s", "decidedOn": "2024-01-31", "reference": "KS § 12"}"""
                                .formatted(f.ks)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ADOPTED"));
        mvc.perform(get(base + "/" + id).with(data.as(reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.body").value("Kommunstyrelsen"))
                .andExpect(jsonPath("$.decision.reference").value("KS § 12"))
                .andExpect(jsonPath("$.parties.length()").value(2));
        mvc.perform(get(base + "/" + java.util.UUID.randomUUID()).with(data.as(reader))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("agreement.error.notFound"));
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        var ws = data.workspace();
        var admin = data.systemAdmin(ws);
        var doc = mvc.perform(get("/v3/api-docs").with(data.as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/workspaces/{workspaceId}/agreements/{agreementId}/status");
    }
}
