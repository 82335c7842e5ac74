package se.samsyn.statistics.rest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.shared.Role;
import se.samsyn.statistics.domain.CategoryService;

@IntegrationTest
class StatisticsRestIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired CategoryService categories;

    TestData.TestWorkspace ws;
    UserId police;
    UserId reader;

    @BeforeEach
    void workspaceWithACategory() {
        ws = data.workspace();
        police = data.user(ws, Role.MUNICIPAL_POLICE);
        reader = data.user(ws, Role.READER);
        data.actAs(data.user(ws, Role.COORDINATOR));
        categories.create(ws.id(), "VALD", "Våldsbrott", LocalDate.of(2020, 1, 1), null);
        data.logout();
    }

    private MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "polisen.csv", "text/csv",
                text.replace("KOMMUN", ws.name()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_kommunpolis_imports_a_police_file_and_a_reader_lists_the_values_per_area_and_period() throws Exception {
        var file = csv("område;period;kategori;antal\nKOMMUN;2026-01;VALD;17\nKOMMUN;2026-02;VALD;11\n");
        mvc.perform(multipart("/api/v1/workspaces/{w}/statistics/imports", ws.id()).file(file).with(data.as(police)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values").value(2))
                .andExpect(jsonPath("$.alreadyImported").value(false))
                .andExpect(jsonPath("$.from").value("2026-01-01"));
        mvc.perform(multipart("/api/v1/workspaces/{w}/statistics/imports", ws.id()).file(file).with(data.as(police)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.alreadyImported").value(true));

        mvc.perform(get("/api/v1/workspaces/{w}/values", ws.id()).param("source", "POLICE").param("areaName", ws.name())
                        .param("from", "2026-02-01").param("to", "2026-12-31").with(data.as(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].period").value("2026-02"))
                .andExpect(jsonPath("$[0].value").value(11.0));
        mvc.perform(get("/api/v1/workspaces/{w}/values", ws.id()).param("councilCategory", "VALD").with(data.as(reader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void a_file_with_errors_stores_nothing_and_answers_422_with_row_and_column() throws Exception {
        var file = csv("område;period;kategori;antal\nKOMMUN;2026-03;VALD;tre\nAtlantis;2026-03;VALD;1\n");
        mvc.perform(multipart("/api/v1/workspaces/{w}/statistics/imports", ws.id()).file(file).with(data.as(police)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("statistics.import.error.rejected"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("antal"))
                .andExpect(jsonPath("$.problems[0].code").value("statistics.import.error.notWholeNumber"))
                .andExpect(jsonPath("$.problems[0].message").value("”tre” är inte ett heltal."))
                .andExpect(jsonPath("$.problems[1].code").value("statistics.police.error.unknownArea"));
        mvc.perform(multipart("/api/v1/workspaces/{w}/statistics/imports", ws.id()).file(file).with(data.as(police))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("The file cannot be imported (2 problems). Nothing was stored."));
        mvc.perform(get("/api/v1/workspaces/{w}/values", ws.id()).param("source", "POLICE").with(data.as(reader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void bad_requests_get_problem_details() throws Exception {
        String url = "/api/v1/workspaces/{w}/statistics/imports";
        mvc.perform(multipart(url, ws.id()).file(csv("")).with(data.as(police)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("statistics.import.error.empty"));
        mvc.perform(multipart(url, ws.id()).file(new MockMultipartFile("other", "x.csv", "text/csv", new byte[] {1}))
                        .with(data.as(police)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("common.error.badRequest"));
        mvc.perform(multipart(url, ws.id()).file(csv("a;b\n1;2\n")).param("kind", "NOPE").with(data.as(police)))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url, ws.id()).contentType(MediaType.APPLICATION_JSON).content("{}").with(data.as(police)))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(multipart(url, ws.id()).file(csv("område;period;kategori;antal\nKOMMUN;2026-01;VALD;1\n"))
                        .with(data.as(reader)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("common.error.forbidden"));
    }

    @Test
    void the_openapi_document_describes_the_import_with_its_problem_answers_and_the_values() throws Exception {
        String imports = "$.paths['/api/v1/workspaces/{workspaceId}/statistics/imports'].post";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(imports + ".requestBody.content['multipart/form-data']").exists())
                .andExpect(jsonPath(imports + ".responses['422'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/workspaces/{workspaceId}/values'].get.parameters[?(@.name == 'areaId')]")
                        .exists());
    }
}
