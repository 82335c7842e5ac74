package se.samsyn.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.AgreementFixture;
import se.samsyn.agreement.AnnexKind;
import se.samsyn.agreement.NewAnnex;
import se.samsyn.agreement.NewSection;
import se.samsyn.agreement.NewSteeringDocument;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Role;

/** The agreement document as PDF, read back with PDFBox: structure of the seeds and Swedish characters intact. */
@IntegrationTest
class AgreementDocumentIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired OrganisationApi organisations;
    @Autowired AgreementApi api;

    @Test
    void theDocumentHasThePartsOfASignedAgreementWithÅÄÖ() throws Exception {
        var f = new AgreementFixture(data, organisations, api);
        var id = f.draft("Samverkansöverenskommelse mellan Kävlinge kommun och Lokalpolisområde Kävlinge 2023–2027",
                2023, 2027);
        api.addFocusArea(f.ws.id(), id, new NewSection("Trygghetsskapande åtgärder", "Öka tryggheten på torg och gång- och cykelvägar.",
                "Minskad otrygghet i Åkarp och Löddeköpinge"));
        api.addSteeringDocument(f.ws.id(), id, new NewSteeringDocument("Handlingsplan mot ANDTS", "Antagen av KS",
                LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)));
        api.addAnnex(f.ws.id(), id, new NewAnnex(AnnexKind.CITIZEN_PROMISES, "Medborgarlöfte 2024", "Vi lovar ökad närvaro.",
                null, null, null));
        api.changeStatus(f.ws.id(), id, se.samsyn.agreement.AgreementStatus.PENDING_DECISION, null);
        api.changeStatus(f.ws.id(), id, se.samsyn.agreement.AgreementStatus.ADOPTED,
                new se.samsyn.agreement.Decision(f.ks, LocalDate.of(2024, 2, 20), "KS § 31"));
        api.addSignatory(f.ws.id(), id, new se.samsyn.agreement.NewSignatory("Freddy Nilsson", "Lokalpolisområdeschef Kävlinge",
                f.lpo, "Lomma", LocalDate.of(2024, 3, 4)));
        var reader = data.user(f.ws, Role.READER);
        byte[] pdf = mvc.perform(get("/workspaces/" + f.ws.id() + "/agreements/" + id + "/document.pdf").with(data.as(reader)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Samverkansöverenskommelse mellan Kävlinge kommun", "Syfte", "Fokusområden",
                    "1. Trygghetsskapande åtgärder", "Minskad otrygghet i Åkarp och Löddeköpinge", "Kommunala styrdokument",
                    "Handlingsplan mot ANDTS", "Giltighetstid", "2023-01-01", "2027-12-31", "Antagen av Kommunstyrelsen",
                    "KS § 31", "Underskrifter", "Freddy Nilsson", "Lomma 2024-03-04", "Bilaga 1: Medborgarlöfte 2024",
                    "Sida 1 av");
        }
    }
}
