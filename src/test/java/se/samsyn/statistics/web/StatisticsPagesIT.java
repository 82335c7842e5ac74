package se.samsyn.statistics.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.shared.Role;

@IntegrationTest
class StatisticsPagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void theKommunpolisUploadsChecksAndImportsAFileThenEveryoneSeesTheSeries() throws Exception {
        var ws = data.workspace();
        var police = data.user(ws, Role.MUNICIPAL_POLICE);
        var coordinator = data.user(ws, Role.COORDINATOR);
        var reader = data.user(ws, Role.READER);

        mvc.perform(post("/workspaces/{w}/statistics/categories", ws.id()).param("code", "VALD").param("name", "Våldsbrott")
                        .param("validFrom", "2020-01-01").with(csrf()).with(data.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/workspaces/{w}/statistics/categories", ws.id()).with(data.as(reader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Våldsbrott")));

        var file = new MockMultipartFile("file", "jan.csv", "text/csv",
                ("område;period;kategori;antal\n" + ws.name() + ";2026-01;VALD;17\n").getBytes(StandardCharsets.UTF_8));
        var location = mvc.perform(multipart("/workspaces/{w}/statistics/imports", ws.id()).file(file).param("kind", "POLICE")
                        .with(csrf()).with(data.as(police)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        awaitDone(location, police);
        mvc.perform(get(location).with(data.as(police))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Granskad")))
                .andExpect(content().string(containsString("17")));
        mvc.perform(post(location + "/start").with(csrf()).with(data.as(police))).andExpect(status().is3xxRedirection());
        awaitDone(location, police);
        mvc.perform(get(location).with(data.as(police))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 värden sparades")));

        mvc.perform(get("/workspaces/{w}/statistics/imports", ws.id()).with(data.as(police)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("jan.csv")));
        mvc.perform(get("/workspaces/{w}/statistics", ws.id()).with(data.as(reader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Våldsbrott")));

        var seriesId = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/workspaces/{w}/series", ws.id())
                        .param("source", "POLICE").with(data.as(reader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].categoryCode").value("VALD"))
                .andReturn().getResponse().getContentAsString(), "$[0].id").toString();
        mvc.perform(get("/api/v1/workspaces/{w}/series/{s}/values", ws.id(), seriesId).with(data.as(reader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].period").value("2026-01"))
                .andExpect(jsonPath("$[0].value").value(17.0));
        mvc.perform(get("/workspaces/{w}/statistics/series/{s}", ws.id(), seriesId).with(data.as(reader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-chart")))
                .andExpect(content().string(containsString("2026-01")));
    }

    @Test
    void aReaderMayNotImport() throws Exception {
        var ws = data.workspace();
        var reader = data.user(ws, Role.READER);
        mvc.perform(get("/workspaces/{w}/statistics/imports", ws.id()).with(data.as(reader)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    @Test
    void theProgressFragmentTellsHtmxToReloadWhenTheJobIsNoLongerBusy() throws Exception {
        var ws = data.workspace();
        var analyst = data.user(ws, Role.ANALYST);
        var file = new MockMultipartFile("file", "tom.csv", "text/csv", "a;b\n".getBytes(StandardCharsets.UTF_8));
        var location = mvc.perform(multipart("/workspaces/{w}/statistics/imports", ws.id()).file(file).param("kind", "BRA")
                        .with(csrf()).with(data.as(analyst)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        awaitDone(location, analyst);
        mvc.perform(get(location + "/progress").with(data.as(analyst)))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true"));
        mvc.perform(get(location).with(data.as(analyst)))
                .andExpect(content().string(containsString("känns inte igen som en Brå-fil")));
    }

    private void awaitDone(String location, se.samsyn.access.UserId user) throws Exception {
        for (int i = 0; i < 600; i++) {
            var response = mvc.perform(get(location + "/progress").with(data.as(user))).andReturn().getResponse();
            if ("true".equals(response.getHeader("HX-Refresh"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job did not finish");
    }
}
