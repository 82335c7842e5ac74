package se.samsyn.situation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.BodyKind;
import se.samsyn.agreement.ComplianceItem;
import se.samsyn.agreement.domain.ComplianceService;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.shared.Role;
import se.samsyn.situation.SituationFixture;
import se.samsyn.situation.StatutoryClock;
import se.samsyn.situation.domain.DocumentStatus;
import se.samsyn.situation.domain.SituationDocuments;

/**
 * A coordinator creates a statutory lägesbild from a filter: the data section stays frozen while reports arrive, a second
 * editor is told about the conflict and keeps the text, the workflow runs to approval by kommunstyrelsen (which feeds the
 * compliance board and the statutory clock) and publication, regenerating makes version 2, the PDF has the Swedish text,
 * and the public summary shows counts below 3 as "&lt;3" without the internal analysis.
 */
@IntegrationTest
class SituationDocumentIT {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired GeoApi geo;
    @Autowired CategoryService categories;
    @Autowired ReportService reports;
    @Autowired AgreementApi agreements;
    @Autowired ComplianceService compliance;
    @Autowired SituationDocuments documents;

    @Test
    void aStatutoryLagesbildIsFrozenWrittenApprovedPublishedAndExported() throws Exception {
        var fixture = new SituationFixture(data, geo, categories, reports);
        var s = fixture.setup();
        var today = LocalDate.now(STOCKHOLM);
        for (int i = 0; i < 6; i++) {
            fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, today.minusDays(2 + i),
                    TimeAccuracy.DAY, null, null, "SKADEGORELSE_KLOTTER", ReportStatus.ACCEPTED);
        }
        fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, today.minusDays(3), TimeAccuracy.DAY, null,
                null, "NARKOTIKA", ReportStatus.ACCEPTED);
        var ks = agreements.createBody(s.ws().id(), "Kommunstyrelsen", BodyKind.MUNICIPAL_BOARD, null, null, null);
        String base = "/workspaces/" + s.ws().id() + "/situation/documents";

        mvc.perform(get(base + "?period=CUSTOM&from=" + today.minusDays(20) + "&to=" + today).with(data.as(s.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ingen lagstadgad lägesbild är godkänd")));
        String location = mvc.perform(post(base).with(data.as(s.coordinator())).with(csrf())
                        .param("type", "STATUTORY").param("title", "Lägesbild för Ölund 2026").param("period", "CUSTOM")
                        .param("from", today.minusDays(20).toString()).param("to", today.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(documents.get(s.ws().id(), id).picture().totals().observations()).isEqualTo(7);
        assertThat(documents.get(s.ws().id(), id).sources()).isNotEmpty();

        // A later report does not change the frozen data section.
        fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, today.minusDays(1), TimeAccuracy.DAY, null,
                null, "SKADEGORELSE_KLOTTER", ReportStatus.ACCEPTED);
        assertThat(documents.get(s.ws().id(), id).picture().totals().observations()).isEqualTo(7);

        // A reader may read but not write.
        var reader = data.user(s.ws(), Role.READER);
        mvc.perform(get(base + "/" + id).with(data.as(reader))).andExpect(status().isOk());
        mvc.perform(post(base + "/" + id).with(data.as(reader)).with(csrf()).param("lockVersion", "0")
                .param("title", "X")).andExpect(status().isForbidden());

        // Two editors start from version 0; the second is told and keeps the text.
        var analyst = data.user(s.ws(), Role.ANALYST);
        edit(base + "/" + id, s.coordinator(), 0, "Klotter ökar vid torget.").andExpect(status().is3xxRedirection());
        edit(base + "/" + id, analyst, 0, "Min egen kartläggning som inte får försvinna.")
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Någon annan har sparat dokumentet")))
                .andExpect(content().string(Matchers.containsString("Min egen kartläggning som inte får försvinna.")));

        // Statutory documents need the law's three parts before review.
        mvc.perform(post(base + "/" + id + "/submit").with(data.as(s.coordinator())).with(csrf()).param("lockVersion", "1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("kartläggning, annan relevant information och analys")));
        mvc.perform(post(base + "/" + id).with(data.as(s.coordinator())).with(csrf()).param("lockVersion", "1")
                        .param("title", "Lägesbild för Ölund 2026").param("mapping", "Klotter ökar vid torget.")
                        .param("otherInfo", "Trygghetsmätningen visar oro på kvällar.")
                        .param("analysis", "INTERN ANALYS: belysningen är trasig.")
                        .param("conclusions", "Prioritera torget och belysningen.")
                        .param("sourceName", "EST-rapporter", "Sociala medier").param("sourceUsed", "USED", "REJECTED")
                        .param("sourceLimitation", "Täcker bara rapportörernas pass", "Går inte att verifiera"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + id + "/submit").with(data.as(s.coordinator())).with(csrf()).param("lockVersion", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + id + "/approve").with(data.as(s.coordinator())).with(csrf()).param("lockVersion", "3")
                        .param("bodyId", ks.value().toString()).param("decidedOn", today.plusDays(1).toString())
                        .param("paragraph", "§ 12"))
                .andExpect(status().isUnprocessableEntity());
        var decisionMaker = data.user(s.ws(), Role.DECISION_MAKER);
        mvc.perform(post(base + "/" + id + "/approve").with(data.as(decisionMaker)).with(csrf()).param("lockVersion", "3")
                        .param("bodyId", ks.value().toString()).param("decidedOn", today.toString()).param("paragraph", "§ 12"))
                .andExpect(status().is3xxRedirection());
        var doc = documents.get(s.ws().id(), id);
        assertThat(doc.status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(doc.bodyName()).isEqualTo("Kommunstyrelsen");
        var row = compliance.board(s.ws().id(), today).stream().filter(r -> r.item() == ComplianceItem.SITUATION_PICTURE)
                .findFirst().orElseThrow();
        assertThat(row.date()).isEqualTo(today);
        assertThat(row.level().name()).isEqualTo("GREEN");
        assertThat(documents.statutoryClock(s.ws().id(), today).level()).isEqualTo(StatutoryClock.Level.GREEN);
        mvc.perform(post(base + "/" + id + "/publish").with(data.as(decisionMaker)).with(csrf()).param("lockVersion", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.get(s.ws().id(), id).status()).isEqualTo(DocumentStatus.PUBLISHED);
        mvc.perform(get("/workspaces/" + s.ws().id()).with(data.as(reader)))
                .andExpect(content().string(Matchers.containsString("Lagstadgad lägesbild aktuell.")));

        byte[] pdf = mvc.perform(get(base + "/" + id + "/document.pdf").with(data.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Lägesbild för Ölund 2026", "Kartläggning av brottsligheten, dess omfattning och konsekvenser",
                "INTERN ANALYS: belysningen är trasig.", "Godkänd av Kommunstyrelsen", "Förkastad", "Går inte att verifiera");

        mvc.perform(get(base + "/" + id + "/public").with(data.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;3")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("INTERN ANALYS"))));
        String publicText = text(mvc.perform(get(base + "/" + id + "/public.pdf").with(data.as(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(publicText).contains("Sammanfattning: Lägesbild för Ölund 2026", "<3", "Prioritera torget och belysningen.")
                .doesNotContain("INTERN ANALYS", "Klotter ökar vid torget.");

        // Regenerating makes version 2 with today's data; version 1 keeps its frozen section and approval.
        String next = mvc.perform(post(base + "/" + id + "/regenerate").with(data.as(analyst)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID v2 = UUID.fromString(next.substring(next.lastIndexOf('/') + 1));
        assertThat(documents.get(s.ws().id(), v2).versionNo()).isEqualTo(2);
        assertThat(documents.get(s.ws().id(), v2).picture().totals().observations()).isEqualTo(8);
        assertThat(documents.get(s.ws().id(), v2).status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(documents.get(s.ws().id(), id).picture().totals().observations()).isEqualTo(7);
        assertThat(documents.versions(s.ws().id(), doc.seriesId())).hasSize(2);

        // Another kommun's user does not find it; the approved version cannot be edited.
        var other = data.workspace();
        mvc.perform(get("/workspaces/" + s.ws().id() + "/situation/documents/" + id)
                .with(data.as(data.user(other, Role.ADMIN)))).andExpect(status().is4xxClientError());
        edit(base + "/" + id, s.coordinator(), 5, "Ändrad").andExpect(status().isUnprocessableEntity());
    }

    private org.springframework.test.web.servlet.ResultActions edit(String path, se.samsyn.access.UserId user, int lock,
            String mapping) throws Exception {
        return mvc.perform(post(path).with(data.as(user)).with(csrf()).param("lockVersion", Integer.toString(lock))
                .param("title", "Lägesbild för Ölund 2026").param("mapping", mapping));
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
