package se.samsyn.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditQuery;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.NilReturnService;
import se.samsyn.incident.domain.PersonalDataScreen;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportRow;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

@IntegrationTest
class ReportFormControllerIT {

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
    NilReturnService nilReturns;

    @Autowired
    AuditApi audit;

    IncidentFixture fixture;
    TestData.TestWorkspace ws;
    UserId reporter;

    @BeforeEach
    void setUp() {
        fixture = new IncidentFixture(geo, categories, data);
        ws = data.workspace();
        reporter = data.user(ws, Role.REPORTER);
    }

    @Test
    void theFormSaysAReportIsNoPoliceReportAndMustNotNamePeople() throws Exception {
        mvc.perform(get("/workspaces/{ws}/reports/new", ws.id()).with(data.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En rapport ersätter inte en polisanmälan")))
                .andExpect(content().string(containsString("Skriv aldrig namn")))
                .andExpect(content().string(containsString("data-pick-lat=\"obs0-lat\"")));
    }

    @Test
    void theRenderedFormCarriesASubmissionKeyThatMakesARepeatedPostHarmless() throws Exception {
        String html = mvc.perform(get("/workspaces/{ws}/reports/new", ws.id()).with(data.as(reporter)))
                .andReturn().getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(matcher.find()).isTrue();
        String key = matcher.group(1);

        mvc.perform(fixture.reportForm(ws, reporter, key, "Första sändningen")).andExpect(status().is3xxRedirection());
        mvc.perform(fixture.reportForm(ws, reporter, key, "Första sändningen"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "incident.submit.repeated"));
        assertThat(mine()).hasSize(1);
    }

    @Test
    void addingAnObservationKeepsTheFirstAndStoresNothing() throws Exception {
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Redan skrivet").param("addObservation", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Redan skrivet")))
                .andExpect(content().string(containsString("Iakttagelse 2")));
        assertThat(mine()).isEmpty();
    }

    @Test
    void aReporterSendsAPinnedObservationAndItIsStoredWithAreaAndH3Cell() throws Exception {
        var area = fixture.area(ws);

        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Klotter på elskåpet")
                        .param("observations[0].placeText", "")
                        .param("observations[0].lat", String.valueOf(IncidentFixture.INSIDE_LAT))
                        .param("observations[0].lon", String.valueOf(IncidentFixture.INSIDE_LON)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workspaces/" + ws.id() + "/reports/mine"));

        var mine = mine();
        assertThat(mine).hasSize(1);
        data.actAs(reporter);
        try {
            var report = reports.read(ws.id(), mine.get(0).id(), data.principal(reporter).actor());
            assertThat(report.areaIds()).containsExactly(area.id().value());
            assertThat(report.h3r9()).isEqualTo(geo.h3(IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, 9));
            assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(report.reference()).matches("EST-\\d{4}-\\d{6}");
            assertThat(report.accuracy()).isEqualTo(TimeAccuracy.DAY);
            assertThat(report.occurredEnd()).isEqualTo(report.occurredStart().plusSeconds(86_400));
        } finally {
            data.logout();
        }
        assertThat(audit.search(new AuditQuery(ws.id(), null, "CREATE", "IncidentReport", null, null, null, 0, 10))).hasSize(1);
    }

    @Test
    void placeTextIsEnoughWithoutAPinOrAnyArea() throws Exception {
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Glaskross vid hållplatsen"))
                .andExpect(status().is3xxRedirection());

        assertThat(mine()).extracting(ReportRow::placeText).containsExactly("Lekplatsen vid Storgatan");
    }

    @Test
    void severalObservationsInOneSubmissionBecomeSeveralReports() throws Exception {
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Första")
                        .param("observations[1].placeText", "Garaget på Parkgatan")
                        .param("observations[1].placeType", "GARAGE")
                        .param("observations[1].date", LocalDate.now().toString())
                        .param("observations[1].accuracy", "PART_OF_DAY")
                        .param("observations[1].partOfDay", "NIGHT")
                        .param("observations[1].categoryIds", fixture.category(ws, "SAMLING").id().toString())
                        .param("observations[1].description", "Ett tiotal ungdomar samlades")
                        .param("observations[1].personsCount", "10")
                        .param("observations[1].ageGroup", "YOUTH")
                        .param("observations[1].assessment", "UNCERTAIN")
                        .param("observations[1].policeNotified", "YES_114_14")
                        .param("observations[1].othersNotified", "PROPERTY_OWNER", "SECURITY_COMPANY"))
                .andExpect(status().is3xxRedirection());

        assertThat(mine()).extracting(ReportRow::description).containsExactlyInAnyOrder("Första", "Ett tiotal ungdomar samlades");
    }

    @Test
    void aDoubleSubmitStoresTheReportOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(fixture.reportForm(ws, reporter, key, "Brand i container")).andExpect(status().is3xxRedirection());
        mvc.perform(fixture.reportForm(ws, reporter, key, "Brand i container")).andExpect(status().is3xxRedirection());

        assertThat(mine()).hasSize(1);
    }

    @Test
    void aFutureDateIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Det här har inte hänt än",
                        LocalDate.now().plusDays(2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tiden kan inte ligga i framtiden")))
                .andExpect(content().string(containsString("Det här har inte hänt än")))
                .andExpect(content().string(containsString("Lekplatsen vid Storgatan")));

        assertThat(mine()).isEmpty();
    }

    @Test
    void aPinOutsideTheWorkspaceIsRefused() throws Exception {
        fixture.area(ws);

        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Kiruna")
                        .param("observations[0].lat", "67.85").param("observations[0].lon", "20.22"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("utanför kommunens områden")));

        assertThat(mine()).isEmpty();
    }

    @Test
    void anUnknownOrRetiredCategoryIsRefusedAndNothingIsHalfStored() throws Exception {
        var retired = fixture.category(ws, "ARRANGEMANG");
        categories.retire(ws.id(), retired.id());

        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Ok")
                        .param("observations[1].placeText", "Torget").param("observations[1].placeType", "OUTDOOR_PUBLIC")
                        .param("observations[1].date", LocalDate.now().toString()).param("observations[1].accuracy", "DAY")
                        .param("observations[1].categoryIds", retired.id().toString())
                        .param("observations[1].description", "Konsert").param("observations[1].assessment", "UNCERTAIN")
                        .param("observations[1].policeNotified", "NO"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("avvecklad")));
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Ok")
                        .param("observations[0].categoryIds", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En vald kategori finns inte")));

        assertThat(mine()).isEmpty();
    }

    @Test
    void scriptInTextIsStoredAsTextAndNeverRendered() throws Exception {
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "<script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), mine().get(0).id()).with(data.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
    }

    @Test
    void personalDataIsWarnedAboutFirstAndStoredMaskedAfterConfirmation() throws Exception {
        String key = UUID.randomUUID().toString();
        String text = "Mopedföraren ABC123 ringde från 070-123 45 67";

        mvc.perform(fixture.reportForm(ws, reporter, key, text))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Texten verkar innehålla personuppgifter")))
                .andExpect(content().string(containsString("registreringsnummer")))
                .andExpect(content().string(containsString("telefonnummer")))
                .andExpect(content().string(containsString(text)));
        assertThat(mine()).isEmpty();

        mvc.perform(fixture.reportForm(ws, reporter, key, text).param("confirmPersonalData", "true"))
                .andExpect(status().is3xxRedirection());

        var stored = mine();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).description()).isEqualTo("Mopedföraren " + PersonalDataScreen.MASK + " ringde från "
                + PersonalDataScreen.MASK);
        assertThat(stored.get(0).personalDataFound()).isTrue();
    }

    @Test
    void theOriginalIsShownOnlyToACoordinatorAndEveryViewIsAudited() throws Exception {
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Mejla kalle@example.se")
                        .param("confirmPersonalData", "true"))
                .andExpect(status().is3xxRedirection());
        UUID id = mine().get(0).id();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var police = data.user(ws, Role.MUNICIPAL_POLICE);

        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(police)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mejla [***]")))
                .andExpect(content().string(not(containsString("kalle@example.se"))));
        mvc.perform(post("/workspaces/{ws}/reports/{id}/original", ws.id(), id).with(data.as(police)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/{ws}/reports/{id}/original", ws.id(), id).with(data.as(coordinator)).with(csrf())
                        .param("reason", "Behöver kontakta rapportören"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kalle@example.se")));

        var views = audit.search(new AuditQuery(ws.id(), null, "SHOW_ORIGINAL", "IncidentReport", id.toString(), null, null, 0, 10));
        assertThat(views).singleElement().satisfies(e -> {
            assertThat(e.sensitiveRead()).isTrue();
            assertThat(e.reason()).isEqualTo("Behöver kontakta rapportören");
        });
        assertThat(audit.search(new AuditQuery(ws.id(), null, "READ", "IncidentReport", id.toString(), null, null, 0, 10)))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aPhotoIsStoredWithoutExifAndOnlyThoseWhoMayReadTheReportSeeIt() throws Exception {
        byte[] photo = IncidentFixture.jpegWithExif();
        mvc.perform(fixture.reportFormWithPhoto(ws, reporter, UUID.randomUUID().toString(), "Med foto", "IMG_0001.jpg", photo))
                .andExpect(status().is3xxRedirection());
        UUID id = mine().get(0).id();
        var photos = reports.photoIds(id);
        assertThat(photos).hasSize(1);

        byte[] served = mvc.perform(get("/workspaces/{ws}/reports/{id}/photos/{p}", ws.id(), id, photos.get(0)).with(data.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPSLatitude");
        mvc.perform(get("/workspaces/{ws}/reports/{id}", ws.id(), id).with(data.as(reporter)))
                .andExpect(content().string(containsString("/photos/" + photos.get(0))));
        mvc.perform(get("/workspaces/{ws}/reports/{id}/photos/{p}", ws.id(), id, photos.get(0))
                        .with(data.as(data.user(ws, Role.REPORTER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/reports/{id}/photos/{p}", ws.id(), id, photos.get(0))
                        .with(data.as(data.user(data.workspace(), Role.COORDINATOR))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anSvgPosingAsAPhotoIsRefusedAndNothingIsStored() throws Exception {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        mvc.perform(fixture.reportFormWithPhoto(ws, reporter, UUID.randomUUID().toString(), "Bild som inte är bild", "foto.jpg", svg))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ett foto är inte en JPEG- eller PNG-bild")))
                .andExpect(content().string(containsString("Välj fotona igen")))
                .andExpect(content().string(containsString("Bild som inte är bild")));
        assertThat(mine()).isEmpty();
    }

    @Test
    void aNilReturnIsStoredOncePerWeekAndCounted() throws Exception {
        mvc.perform(post("/workspaces/{ws}/reports/nil-return", ws.id()).with(data.as(reporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/workspaces/{ws}/reports/nil-return", ws.id()).with(data.as(reporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var week = NilReturnService.IsoWeek.current();
        assertThat(nilReturns.count(ws.id(), week)).isEqualTo(1);
        assertThat(nilReturns.declared(ws.id(), reporter.value(), week)).isTrue();
        mvc.perform(get("/workspaces/{ws}/reports/mine", ws.id()).with(data.as(reporter)))
                .andExpect(content().string(containsString("Du har sagt att du inte har något att rapportera vecka " + week.week())));
    }

    @Test
    void aReaderMayNotReportAndAForeignUserGets404() throws Exception {
        var reader = data.user(ws, Role.READER);
        var foreign = data.user(data.workspace(), Role.REPORTER);

        mvc.perform(fixture.reportForm(ws, reader, UUID.randomUUID().toString(), "Läsare")).andExpect(status().isForbidden());
        mvc.perform(fixture.reportForm(ws, foreign, UUID.randomUUID().toString(), "Främling")).andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/{ws}/reports/nil-return", ws.id()).with(data.as(reader)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(reports.list(ws.id(), new ReportFilter(null, null, null, null, null, null, 0, 10)).rows()).isEmpty();
    }

    private java.util.List<ReportRow> mine() {
        return reports.list(new WorkspaceId(ws.id().value()), ReportFilter.mine(reporter.value(), 0)).rows();
    }
}
