package se.samsyn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.shared.Role;

@IntegrationTest
class ErrorHandlingIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    TestData.TestWorkspace workspace;
    UserId coordinator;

    @BeforeEach
    void setUp() {
        workspace = data.workspace();
        coordinator = data.user(workspace, Role.COORDINATOR);
    }

    @Test
    void an_unknown_page_gets_the_swedish_404_page_with_an_error_reference() throws Exception {
        String html = mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML).with(data.as(coordinator)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Fel 404", "Felreferens").doesNotContain("static resource");
    }

    @Test
    void an_unknown_api_path_gets_a_problem_detail_in_swedish_or_in_the_requested_language() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(data.as(coordinator)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("common.error.notFound"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("finns inte")));
        mvc.perform(get("/api/v1/no-such-thing").header("Accept-Language", "en").with(data.as(coordinator)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("finns"))));
    }

    @Test
    void a_wrong_http_method_is_405_for_people_and_for_programs() throws Exception {
        mvc.perform(delete("/workspaces/{ws}/areas", workspace.id()).with(csrf()).accept(MediaType.TEXT_HTML)
                        .with(data.as(coordinator)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(delete("/api/v1/workspaces/{ws}/areas", workspace.id()).with(data.as(coordinator)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("common.error.methodNotAllowed"));
    }

    @Test
    void a_bug_behind_a_page_shows_a_reference_and_never_the_exception() throws Exception {
        String html = mvc.perform(get("/test/failure").accept(MediaType.TEXT_HTML).with(data.as(coordinator)))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Felreferens").doesNotContain(FailingEndpoints.SECRET, "IllegalStateException", "at se.samsyn");
    }

    @Test
    void a_bug_behind_the_api_gives_a_problem_detail_with_a_reference_and_no_stack_trace() throws Exception {
        String body = mvc.perform(get("/api/v1/test/failure").with(data.as(coordinator)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("common.error.unexpected"))
                .andExpect(jsonPath("$.errorRef").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(FailingEndpoints.SECRET, "IllegalStateException", "at se.samsyn");
    }

    @Test
    void a_malformed_json_body_is_a_400_problem() throws Exception {
        mvc.perform(post("/api/v1/workspaces/{ws}/areas/import", workspace.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json").with(data.as(coordinator)))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_upload_without_its_file_is_a_400_problem() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/workspaces/{ws}/areas/import", workspace.id())
                        .param("type", "EST_AREA").with(data.as(coordinator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("common.error.badRequest"));
    }

    @Test
    void an_api_call_without_credentials_is_a_401_problem_not_a_login_page() throws Exception {
        mvc.perform(get("/api/v1/workspaces/{ws}/areas", workspace.id()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_page_without_login_redirects_to_the_login_page() throws Exception {
        mvc.perform(get("/workspaces/{ws}", workspace.id()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }
}
