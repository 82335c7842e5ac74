package se.samsyn.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.agreement.domain.ReferralService;
import se.samsyn.agreement.domain.SectionView;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Role;

/**
 * Each of the five seed documents is held completely through the agreement API and renders back as a document. Luleå
 * and Stockholm have no demo workspace, so all five are loaded into test workspaces here.
 */
@IntegrationTest
class DemoAgreementsIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired OrganisationApi organisations;
    @Autowired AgreementApi api;
    @Autowired AgreementService agreements;
    @Autowired ReferralService referral;
    @Autowired DemoAgreements seeds;

    record Loaded(TestData.TestWorkspace ws, AgreementId id) {}

    Loaded load(String seed, String kommun, String police, OrganisationType policeType) {
        var ws = data.workspace();
        organisations.grant(ws.id(), ws.municipality());
        OrganisationId lpo = data.organisation(police, policeType);
        organisations.grant(ws.id(), lpo);
        return new Loaded(ws, seeds.load(ws.id(), seed, Map.of(kommun, ws.municipality(), police, lpo)));
    }

    String pdf(Loaded l) throws Exception {
        var reader = data.user(l.ws(), Role.READER);
        byte[] bytes = mvc.perform(get("/workspaces/" + l.ws().id() + "/agreements/" + l.id() + "/document.pdf")
                .with(data.as(reader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void lund2024HasFiveFocusAreasFourSteeringDocumentsAndBothSignatures() throws Exception {
        var l = load("lund-2024-2027", "Lunds kommun", "Lokalpolisområde Lund", OrganisationType.LOCAL_POLICE_AREA);
        var v = agreements.get(l.ws().id(), l.id(), null, TODAY).version();
        assertThat(v.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(v.focusAreas()).extracting(SectionView::title).containsExactly("Trygghetsskapande åtgärder",
                "Barn och unga", "Alkohol, narkotika, doping, tobak och spel om pengar (ANDTS)", "Brott i nära relation",
                "Brott mot äldre personer");
        assertThat(v.steeringDocuments()).hasSize(4);
        assertThat(v.signatories()).extracting(s -> s.name()).containsExactly("Anders Almgren", "Anna-Karin Boije");
        assertThat(pdf(l)).contains("Samverkansöverenskommelse mellan Lunds kommun och Lokalpolisområde Lund 2024 - 2027",
                "Syftet med denna samverkansöverenskommelse är att främja", "5. Brott mot äldre personer",
                "Handlingsplan mot ANDTS", "Anna-Karin Boije", "Lund 2024-02-14");
    }

    @Test
    void lund2019HoldsTheSocialnamndReplyOfSeed000() {
        var l = load("lund-2019-2022", "Lunds kommun", "Lokalpolisområde Lund", OrganisationType.LOCAL_POLICE_AREA);
        assertThat(agreements.get(l.ws().id(), l.id(), null, TODAY).version().status()).isEqualTo(AgreementStatus.UNDER_REVISION);
        var round = referral.get(l.ws().id(), referral.rounds(l.ws().id(), l.id()).get(0).id());
        assertThat(round.closed()).isTrue();
        assertThat(round.recipients().get(0).replyRef()).isEqualTo("SO 2018/0091");
        assertThat(round.recipients().get(0).replyText()).contains("bör visas åter till brottsförebyggande rådets arbetsgrupp");
    }

    @Test
    void kavlingeLommaHasItsTrygghetsradWithWeeklyMeetingsAndTheSurveyCoFinancing() throws Exception {
        var l = load("lomma-kavlinge-2023-2027", "Lomma kommun", "Lokalpolisområde Kävlinge", OrganisationType.LOCAL_POLICE_AREA);
        var v = agreements.get(l.ws().id(), l.id(), null, TODAY).version();
        assertThat(v.sections()).extracting(SectionView::title).contains("Trygghetsmätningen", "PDV", "Övrigt");
        assertThat(v.sections().get(0).body()).contains("50 % av kostnaden");
        assertThat(api.bodies(l.ws().id())).extracting(b -> b.name()).contains("Trygghetsrådet",
                "Trygghetsrådets styrgrupp", "Trygghetsrådets operativa samverkansgrupp", "Veckolägesbildsmöte");
        assertThat(pdf(l)).contains("Varje vecka, utom under sommaren", "Robert Wenglén", "Freddy Nilsson", "Lomma 2024-03-04");
    }

    @Test
    void luleaHasThreeFocusAreasWithTheirObjectives() throws Exception {
        var l = load("lulea-2017-2019", "Luleå kommun", "Lokalpolisområde Luleå-Boden", OrganisationType.LOCAL_POLICE_AREA);
        var v = agreements.get(l.ws().id(), l.id(), null, TODAY).version();
        assertThat(v.status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(v.focusAreas()).hasSize(3);
        assertThat(v.focusAreas().get(2).goal()).contains("Den totala våldsbrottsligheten ska minska med 10 % jämfört med utfallet år 2016.");
        assertThat(pdf(l)).contains("3. Våld", "Yvonne Stålnacke", "Luleå 2017-06-07");
    }

    @Test
    void stockholmFrameworkHoldsItsGroupStructureAndTheSocialnamndReplyOfSeed003() throws Exception {
        var l = load("stockholm-2019", "Stockholms stad", "Polisregion Stockholm", OrganisationType.POLICE_REGION);
        var a = agreements.get(l.ws().id(), l.id(), null, TODAY);
        assertThat(a.level()).isEqualTo(se.samsyn.agreement.AgreementLevel.FRAMEWORK);
        assertThat(a.version().status()).isEqualTo(AgreementStatus.IN_REFERRAL);
        assertThat(api.bodies(l.ws().id())).hasSize(6);
        var round = referral.get(l.ws().id(), referral.rounds(l.ws().id(), l.id()).get(0).id());
        assertThat(round.recipients()).hasSize(8);
        assertThat(round.recipients().get(0).replyText()).contains("Prostitutionsgruppen");
        assertThat(pdf(l)).contains("Stadsövergripande styrgrupp", "14 stadsdelsförvaltningsområden");
    }
}
