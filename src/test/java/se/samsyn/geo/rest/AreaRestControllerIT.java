package se.samsyn.geo.rest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.shared.Role;

@IntegrationTest
class AreaRestControllerIT {

    static final Path KOMMUNER = Path.of("../shared/data/geo/sverige_kommuner.geojson");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void coordinatorImportsTheRealMunicipalityFileAndLocatesAPointInIt() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var file = new MockMultipartFile("file", "sverige_kommuner.geojson", "application/geo+json", Files.readAllBytes(KOMMUNER));

        mvc.perform(multipart("/api/v1/workspaces/{ws}/areas/import", ws.id()).file(file)
                        .param("type", "MUNICIPALITY").param("filterProperty", "id").param("filterValue", ws.code())
                        .with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.names[0]").value(ws.name()));

        mvc.perform(get("/api/v1/workspaces/{ws}/areas", ws.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value(ws.code()));
    }

    @Test
    void aReaderMayNotImport() throws Exception {
        var ws = data.workspace();
        var reader = data.user(ws, Role.READER);
        var file = new MockMultipartFile("file", "k.geojson", "application/geo+json", Files.readAllBytes(KOMMUNER));

        mvc.perform(multipart("/api/v1/workspaces/{ws}/areas/import", ws.id()).file(file).param("type", "MUNICIPALITY")
                        .with(data.as(reader)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("common.error.forbidden"));
    }
}
