package se.samsyn.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.shared.Role;

@IntegrationTest
class OperationsIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void health_is_public_and_includes_the_database_for_a_system_administrator() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        var ws = data.workspace();
        mvc.perform(get("/actuator/health").with(data.as(data.systemAdmin(ws))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void prometheus_metrics_are_for_system_administrators_only() throws Exception {
        var ws = data.workspace();
        mvc.perform(get("/actuator/prometheus").with(data.as(data.user(ws, Role.ADMIN))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(data.as(data.systemAdmin(ws))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(Matchers.containsString("hikaricp_connections")));
    }

    @Test
    void the_openapi_document_describes_the_rest_api_under_api_v1() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/v1/workspaces/{workspaceId}/areas']").exists())
                .andExpect(jsonPath("$.paths['/workspaces/{workspaceId}/areas']").doesNotExist());
    }
}
