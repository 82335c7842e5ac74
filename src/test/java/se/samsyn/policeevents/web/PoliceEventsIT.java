package se.samsyn.policeevents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.policeevents.GpsPrecision;
import se.samsyn.policeevents.domain.ImportResult;
import se.samsyn.policeevents.domain.PoliceEventService;
import se.samsyn.shared.Role;
import se.samsyn.shared.RuleViolationException;

@IntegrationTest
class PoliceEventsIT {

    private static final Path DATA = Path.of(System.getProperty("user.dir")).resolve("../shared/data/polisen_events");
    private static final String ARCHIVE = "polisen_events_all_2023-03_2026-08.json.gz";
    /** Made-up events get ids far above the real ones (which end at 650,297). */
    private static final AtomicLong IDS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000L) * 100);

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired PoliceEventService events;

    @Test
    void every_file_in_the_official_api_format_imports_all_its_events() throws IOException {
        for (var file : new String[] {"api_response_snapshot_2026-08-22.json", "polisen_events_focus_municipalities.json",
                "polisen_events_2025-10_nationwide.json"}) {
            ImportResult result = importFile(file);
            assertThat(result.read()).as(file).isEqualTo(expectedRows(file));
            assertThat(result.inserted() + result.updated() + result.unchanged()).as(file).isEqualTo(result.read());
        }
    }

    @Test
    void the_brottsplatskartan_files_are_refused_because_they_are_another_format() {
        for (var file : new String[] {"brottsplatskartan_2020-01-29_2020-03-10_geocoded_compact.json",
                "brottsplatskartan_2020-02_full_format_500.json"}) {
            assertThatThrownBy(() -> importFile(file)).as(file).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void the_whole_archive_imports_and_importing_it_again_changes_nothing() throws IOException {
        ImportResult first = importFile(ARCHIVE);
        assertThat(first.read()).isEqualTo(85_011);
        assertThat(first.inserted() + first.updated() + first.unchanged()).isEqualTo(85_011);
        long stored = events.count();
        assertThat(stored).isGreaterThanOrEqualTo(85_011);

        ImportResult again = importFile(ARCHIVE);
        assertThat(again).isEqualTo(new ImportResult(85_011, 0, 0, 85_011));
        assertThat(events.count()).isEqualTo(stored);
    }

    @Test
    void an_unpadded_hour_and_a_relative_url_are_read_and_a_county_event_counts_for_the_kommun_in_its_title()
            throws Exception {
        var ws = testData.workspace();
        var user = testData.user(ws, Role.COORDINATOR);
        long id = IDS.incrementAndGet();
        events.importFile("one.json", json(event(id, "2026-08-22 9:05:00 +02:00", "22 augusti 08.50, Rån, försök, " + ws.name(),
                "Försök till rån", "Rån, försök", "Skåne län")));

        mvc.perform(get("/api/v1/workspaces/{ws}/police-events", ws.id()).with(testData.as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].url".formatted(id)).value("https://polisen.se/aktuellt/handelser/" + id + "/"))
                .andExpect(jsonPath("$[?(@.id == %d)].publishedAt".formatted(id)).value("2026-08-22T09:05:00+02:00"))
                .andExpect(jsonPath("$[?(@.id == %d)].precision".formatted(id)).value(GpsPrecision.COUNTY.name()))
                .andExpect(jsonPath("$[?(@.id == %d)].type".formatted(id)).value("Rån, försök"));
    }

    @Test
    void the_page_lists_only_the_events_of_the_workspace_kommun() throws Exception {
        var a = testData.workspace();
        var b = testData.workspace();
        var user = testData.user(a, Role.COORDINATOR);
        long ofA = IDS.incrementAndGet();
        long ofB = IDS.incrementAndGet();
        events.importFile("two.json", json(
                event(ofA, "2026-08-21 7:08:54 +02:00", "21 augusti 06.30, Brand, " + a.name(), "Brand i A-" + ofA, "Brand",
                        a.name()),
                event(ofB, "2026-08-21 7:09:54 +02:00", "21 augusti 06.31, Brand, " + b.name(), "Brand i B-" + ofB, "Brand",
                        b.name())));

        var html = mvc.perform(get("/workspaces/{ws}/police-events", a.id()).with(testData.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Brand i A-" + ofA).doesNotContain("Brand i B-" + ofB).contains("police-event-counts");

        var filtered = mvc.perform(get("/workspaces/{ws}/police-events", a.id()).param("month", "2026-07")
                .param("type", "Brand").with(testData.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(filtered).doesNotContain("Brand i A-" + ofA);
    }

    @Test
    void an_edited_event_is_updated_not_duplicated() throws Exception {
        var ws = testData.workspace();
        var user = testData.user(ws, Role.COORDINATOR);
        long id = IDS.incrementAndGet();
        // a type of its own: the real files other tests import hold real "Stöld" events of every kommun
        String type = "Stöld " + id;
        events.importFile("v1.json", json(event(id, "2026-08-21 10:00:00 +02:00", "t, Stöld, " + ws.name(), "Första versionen",
                type, ws.name())));
        var result = events.importFile("v2.json", json(event(id, "2026-08-21 11:00:00 +02:00", "t, Stöld, " + ws.name(),
                "Andra versionen", type, ws.name())));
        var older = events.importFile("v1.json", json(event(id, "2026-08-21 10:00:00 +02:00", "t, Stöld, " + ws.name(),
                "Första versionen", type, ws.name())));

        assertThat(result).isEqualTo(new ImportResult(1, 0, 1, 0));
        assertThat(older).isEqualTo(new ImportResult(1, 0, 0, 1));
        mvc.perform(get("/api/v1/workspaces/{ws}/police-events", ws.id()).param("type", type).with(testData.as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].summary").value("Andra versionen"));
    }

    @Test
    void another_kommun_gets_404_on_the_page_and_the_api() throws Exception {
        var a = testData.workspace();
        var b = testData.workspace();
        var user = testData.user(a, Role.ADMIN);
        mvc.perform(get("/workspaces/{ws}/police-events", b.id()).with(testData.as(user))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/{ws}/police-events", b.id()).with(testData.as(user)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_system_administrator_uploads_a_file_and_a_workspace_administrator_may_not() throws Exception {
        var ws = testData.workspace();
        var admin = testData.systemAdmin(ws);
        var workspaceAdmin = testData.user(ws, Role.ADMIN);
        var file = new MockMultipartFile("file", "snapshot.json", "application/json",
                Files.readAllBytes(DATA.resolve("api_response_snapshot_2026-08-22.json")));

        mvc.perform(multipart("/admin/police-events").file(file).with(csrf()).with(testData.as(admin)))
                .andExpect(status().is3xxRedirection());
        var page = mvc.perform(get("/admin/police-events").with(testData.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hämtning från polisen.se", "https://polisen.se/api/events", "<dd>Av</dd>");
        mvc.perform(multipart("/admin/police-events").file(file).with(csrf()).with(testData.as(workspaceAdmin)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_upload_that_is_not_json_shows_the_form_again_with_an_error() throws Exception {
        var ws = testData.workspace();
        var admin = testData.systemAdmin(ws);
        var file = new MockMultipartFile("file", "x.json", "application/json", "{\"not\": \"a list\"}".getBytes());
        var html = mvc.perform(multipart("/admin/police-events").file(file).with(csrf()).with(testData.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("import-error");
    }

    private ImportResult importFile(String file) throws IOException {
        try (InputStream in = Files.newInputStream(DATA.resolve(file))) {
            return events.importFile(file, in);
        }
    }

    private static int expectedRows(String file) {
        return switch (file) {
            case "api_response_snapshot_2026-08-22.json" -> 500;
            case "polisen_events_focus_municipalities.json" -> 9_822;
            default -> 2_151;
        };
    }

    private static String event(long id, String datetime, String name, String summary, String type,
            String location) {
        return """
                {"id": %d, "datetime": "%s", "name": "%s", "summary": "%s", "url": "/aktuellt/handelser/%d/",
                 "type": "%s", "location": {"name": "%s", "gps": "55.7,13.2"}}""".formatted(id, datetime, name, summary, id,
                type, location);
    }

    private static InputStream json(String... objects) {
        return new ByteArrayInputStream(("[" + String.join(",", objects) + "]").getBytes(StandardCharsets.UTF_8));
    }
}
