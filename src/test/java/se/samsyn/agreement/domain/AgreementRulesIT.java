package se.samsyn.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.AgreementContent;
import se.samsyn.agreement.AgreementFixture;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.BodyKind;
import se.samsyn.agreement.Decision;
import se.samsyn.agreement.NewRecipient;
import se.samsyn.agreement.NewSection;
import se.samsyn.agreement.NewSignatory;
import se.samsyn.agreement.ReferralReply;
import se.samsyn.agreement.ReplyPosition;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.RuleViolationException;

/** The rules of agreements, governance bodies and referral rounds, with the refusals a user sees. */
@IntegrationTest
class AgreementRulesIT {

    @Autowired TestData data;
    @Autowired OrganisationApi organisations;
    @Autowired AgreementApi api;
    @Autowired AgreementService agreements;
    @Autowired GovernanceService bodies;
    @Autowired ReferralService referral;
    @Autowired ComplianceService compliance;

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    AgreementFixture fixture() {
        return new AgreementFixture(data, organisations, api);
    }

    static String key(Throwable t) {
        return ((RuleViolationException) t).messageKey();
    }

    @Test
    void overlappingPeriodsForTheSamePartiesAreRefusedUnlessTheNewOneReplacesTheOld() {
        var f = fixture();
        var old = f.draft("SÖK 2019–2022", 2019, 2022);
        assertThatThrownBy(() -> f.draft("SÖK 2022–2025", 2022, 2025))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.overlap"));
        var c = f.content("SÖK 2022–2025", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31));
        var replacing = new AgreementContent(c.title(), c.level(), c.parties(), c.validFrom(), c.validTo(), null, null,
                null, null, null, null, old, null);
        assertThat(api.create(f.ws.id(), replacing, null)).isNotNull();
        assertThat(agreements.list(f.ws.id(), TODAY)).hasSize(2);
    }

    @Test
    void aPartyFromAnotherWorkspaceIsRefusedByName() {
        var f = fixture();
        var stranger = data.organisation("Lokalpolisområde Annanstans", OrganisationType.LOCAL_POLICE_AREA);
        var c = new AgreementContent("SÖK", AgreementLevel.LOCAL, List.of(f.kommun, stranger), LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 12, 31), null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> api.create(f.ws.id(), c, null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.partyNotInWorkspace"))
                .satisfies(e -> assertThat(((RuleViolationException) e).arguments()[0].toString())
                        .startsWith("Lokalpolisområde Annanstans"));
        assertThat(agreements.list(f.ws.id(), TODAY)).isEmpty();
    }

    @Test
    void aSignatureBeforeTheAdoptionIsRefusedAndSigningNeedsEveryDate() {
        var f = fixture();
        var id = f.draft("SÖK 2024–2027", 2024, 2027);
        assertThatThrownBy(() -> api.addSignatory(f.ws.id(), id, new NewSignatory("A", "KSO", f.kommun, "Lund",
                LocalDate.of(2024, 2, 14)))).satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.signedNotAdopted"));
        api.changeStatus(f.ws.id(), id, AgreementStatus.PENDING_DECISION, null);
        assertThatThrownBy(() -> api.changeStatus(f.ws.id(), id, AgreementStatus.ADOPTED, new Decision(f.ks, null, "§ 1")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.noDecisionDate"));
        api.changeStatus(f.ws.id(), id, AgreementStatus.ADOPTED, new Decision(f.ks, LocalDate.of(2024, 2, 1), "KS § 27"));
        assertThatThrownBy(() -> api.addSignatory(f.ws.id(), id, new NewSignatory("A", "KSO", f.kommun, "Lund",
                LocalDate.of(2024, 1, 31)))).satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.signedBeforeAdoption"));
        api.addSignatory(f.ws.id(), id, new NewSignatory("Anders Almgren", "Kommunstyrelsens ordförande", f.kommun, "Lund", null));
        assertThatThrownBy(() -> api.changeStatus(f.ws.id(), id, AgreementStatus.SIGNED, null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.unsigned"));
        assertThatThrownBy(() -> api.changeStatus(f.ws.id(), id, AgreementStatus.ACTIVE, null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.transition"));
        var view = agreements.get(f.ws.id(), id, null, TODAY);
        assertThat(view.version().status()).isEqualTo(AgreementStatus.ADOPTED);
        assertThat(view.version().adoptedByName()).isEqualTo("Kommunstyrelsen");
        assertThat(view.version().signatories()).hasSize(1);
    }

    @Test
    void editingAnAdoptedAgreementStartsANewVersionAndSigningItSupersedesTheOld() {
        var f = fixture();
        var id = f.inForce("SÖK 2024–2027", 2024, 2027, LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 14));
        assertThatThrownBy(() -> api.addFocusArea(f.ws.id(), id, new NewSection("Brott mot äldre", null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.decidedEditFirst"));
        var c = f.content("SÖK 2024–2027 (reviderad)", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> agreements.update(f.ws.id(), id, c, null))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.noChangeNote"));
        var withNote = new AgreementContent(c.title(), c.level(), c.parties(), c.validFrom(), c.validTo(), c.introduction(),
                c.purpose(), c.goals(), null, c.followUp(), null, null, "Nytt fokusområde brott mot äldre");
        assertThat(agreements.update(f.ws.id(), id, withNote, null)).isEqualTo(2);
        api.addFocusArea(f.ws.id(), id, new NewSection("Brott mot äldre", "Bedrägerier mot äldre ökar.", null));
        var v2 = agreements.get(f.ws.id(), id, null, TODAY);
        assertThat(v2.version().status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(v2.version().focusAreas()).extracting(SectionView::title).containsExactly("Brott mot äldre");
        assertThat(v2.versions()).extracting(VersionSummary::status)
                .containsExactly(AgreementStatus.DRAFT, AgreementStatus.ACTIVE);
        assertThat(agreements.get(f.ws.id(), id, 1, TODAY).version().title()).isEqualTo("SÖK 2024–2027");

        api.changeStatus(f.ws.id(), id, AgreementStatus.PENDING_DECISION, null);
        api.changeStatus(f.ws.id(), id, AgreementStatus.ADOPTED, new Decision(f.ks, LocalDate.of(2025, 3, 1), "KS § 40"));
        api.addSignatory(f.ws.id(), id, new NewSignatory("Anna", "KSO", f.kommun, "Lund", LocalDate.of(2025, 3, 10)));
        api.changeStatus(f.ws.id(), id, AgreementStatus.SIGNED, null);
        assertThat(agreements.get(f.ws.id(), id, null, TODAY).versions()).extracting(VersionSummary::status)
                .containsExactly(AgreementStatus.SIGNED, AgreementStatus.SUPERSEDED);
    }

    @Test
    void aSignedAgreementSupersedesTheOneItReplacesAndExpiryIsShown() {
        var f = fixture();
        var old = f.inForce("SÖK 2019–2022", 2019, 2022, LocalDate.of(2018, 12, 10), LocalDate.of(2018, 12, 20));
        assertThat(agreements.get(f.ws.id(), old, null, TODAY).version().status()).isEqualTo(AgreementStatus.EXPIRED);
        var c = f.content("SÖK 2023–2027", LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));
        var next = api.create(f.ws.id(), new AgreementContent(c.title(), c.level(), c.parties(), c.validFrom(), c.validTo(),
                null, null, null, null, null, null, old, null), null);
        api.changeStatus(f.ws.id(), next, AgreementStatus.PENDING_DECISION, null);
        api.changeStatus(f.ws.id(), next, AgreementStatus.ADOPTED, new Decision(f.ks, LocalDate.of(2024, 2, 20), "KS § 9"));
        api.addSignatory(f.ws.id(), next, new NewSignatory("Robert Wenglén", "Kommunstyrelsens ordförande", f.kommun,
                "Lomma", LocalDate.of(2024, 3, 4)));
        api.changeStatus(f.ws.id(), next, AgreementStatus.SIGNED, null);
        assertThat(agreements.get(f.ws.id(), old, null, TODAY).version().status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(agreements.list(f.ws.id(), LocalDate.of(2027, 3, 1))).filteredOn(r -> r.id().equals(next))
                .singleElement().satisfies(r -> assertThat(r.renewalYear()).isEqualTo(2027));
        assertThat(agreements.list(f.ws.id(), TODAY)).filteredOn(r -> r.id().equals(next))
                .singleElement().satisfies(r -> assertThat(r.renewalYear()).isNull());
    }

    @Test
    void aBodyThatAdoptedSomethingCannotBeDeletedButCanBeRetired() {
        var f = fixture();
        var group = bodies.create(f.ws.id(), "Arbetsgrupp", BodyKind.WORKING_GROUP, f.ks, null, "Varje vecka");
        bodies.delete(f.ws.id(), group);
        f.inForce("SÖK 2024–2027", 2024, 2027, LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 14));
        assertThatThrownBy(() -> bodies.delete(f.ws.id(), f.ks))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.body.error.adoptedSomething"));
        bodies.retire(f.ws.id(), f.ks, TODAY);
        assertThat(bodies.get(f.ws.id(), f.ks).retired()).isTrue();
        var id = f.draft("SÖK 2028–2031", 2028, 2031);
        api.changeStatus(f.ws.id(), id, AgreementStatus.PENDING_DECISION, null);
        assertThatThrownBy(() -> api.changeStatus(f.ws.id(), id, AgreementStatus.ADOPTED,
                new Decision(f.ks, TODAY, "§ 1"))).satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.bodyRetired"));
    }

    @Test
    void theSeedReferralRepliesOfLundAndStockholmAreRecordedAndAReplyAfterClosingIsRefused() throws Exception {
        var f = fixture();
        var id = f.draft("Samverkansöverenskommelse mellan Lunds kommun och lokalpolisområde Lund 2019-2022", 2019, 2022);
        var round = api.startReferral(f.ws.id(), id, "Remiss KS 2018/0450", LocalDate.of(2018, 6, 18),
                LocalDate.of(2018, 9, 30), List.of(new NewRecipient("Socialnämnden", null, null),
                        new NewRecipient("Socialnämnden, Stockholms stad", null, "registrator@example.se"),
                        new NewRecipient("Tekniska nämnden", null, null)));
        assertThat(agreements.get(f.ws.id(), id, null, TODAY).version().status()).isEqualTo(AgreementStatus.IN_REFERRAL);
        String lund = seed("000_09e06db390d5fb99.txt");
        String stockholm = seed("003_f4253ad83b63b7dc.txt");
        api.reply(f.ws.id(), round, "Socialnämnden", new ReferralReply(ReplyPosition.OPPOSES, LocalDate.of(2018, 9, 3),
                "SO 2018/0091", lund, null, null, null));
        api.reply(f.ws.id(), round, "Socialnämnden, Stockholms stad", new ReferralReply(ReplyPosition.SUPPORTS_WITH_COMMENTS,
                LocalDate.of(2019, 8, 20), "KS 2019/656", stockholm, "tjansteutlatande.txt", "text/plain",
                stockholm.getBytes(StandardCharsets.UTF_8)));
        var view = referral.get(f.ws.id(), round);
        assertThat(view.recipients().get(0).replyText()).isEqualTo(lund.strip());
        assertThat(view.recipients().get(1).replyText()).contains("Avhopparverksamhet för kriminella", "Prostitutionsgruppen");
        assertThat(view.byPosition()).containsOnlyKeys(ReplyPosition.OPPOSES, ReplyPosition.SUPPORTS_WITH_COMMENTS);
        assertThat(view.unanswered()).extracting(RecipientView::name).containsExactly("Tekniska nämnden");
        assertThat(referral.replyFile(f.ws.id(), round, view.recipients().get(1).id()).data())
                .isEqualTo(stockholm.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> agreements.update(f.ws.id(), id, f.content("X", LocalDate.of(2019, 1, 1),
                LocalDate.of(2022, 12, 31)), null)).satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.inReferral"));
        api.closeReferral(f.ws.id(), round, "Socialnämnden vill ha en åtgärdsplan.");
        assertThat(agreements.get(f.ws.id(), id, null, TODAY).version().status()).isEqualTo(AgreementStatus.UNDER_REVISION);
        assertThatThrownBy(() -> api.reply(f.ws.id(), round, "Tekniska nämnden", new ReferralReply(ReplyPosition.SUPPORTS,
                TODAY, null, "Sent svar", null, null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.referral.error.closed"));
        referral.noteChange(f.ws.id(), round, view.recipients().get(0).id(), "Åtgärdsplan läggs till som bilaga");
        assertThat(referral.get(f.ws.id(), round).recipients().get(0).resultingChange())
                .isEqualTo("Åtgärdsplan läggs till som bilaga");
    }

    @Test
    void aReferralRoundNeedsRecipientsAndADeadlineAfterItWasSent() {
        var f = fixture();
        var id = f.draft("SÖK", 2030, 2031);
        assertThatThrownBy(() -> api.startReferral(f.ws.id(), id, "R", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1),
                List.of(new NewRecipient("Socialnämnden", null, null))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.referral.error.deadlineBeforeSent"));
        assertThatThrownBy(() -> api.startReferral(f.ws.id(), id, "R", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1),
                List.of())).satisfies(e -> assertThat(key(e)).isEqualTo("agreement.referral.error.noRecipients"));
        var stranger = data.organisation("Bolag i en annan kommun", OrganisationType.MUNICIPAL_COMPANY);
        assertThatThrownBy(() -> api.startReferral(f.ws.id(), id, "R", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1),
                List.of(new NewRecipient("Bolaget", stranger, null))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.referral.error.organisationNotInWorkspace"));
        assertThat(agreements.get(f.ws.id(), id, null, TODAY).version().status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(referral.rounds(f.ws.id(), id)).isEmpty();
    }

    @Test
    void theComplianceBoardIsHonestAboutWhatIsNotRecordedAndAgesRecordedDates() {
        var f = fixture();
        var empty = compliance.board(f.ws.id(), TODAY);
        assertThat(empty).extracting(ComplianceRow::level).containsExactly(ComplianceRow.Level.RED,
                ComplianceRow.Level.UNKNOWN, ComplianceRow.Level.UNKNOWN, ComplianceRow.Level.UNKNOWN,
                ComplianceRow.Level.UNKNOWN, ComplianceRow.Level.UNKNOWN, ComplianceRow.Level.UNKNOWN);
        var id = f.inForce("SÖK 2024–2027", 2024, 2027, LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 14));
        compliance.record(f.ws.id(), se.samsyn.agreement.ComplianceItem.SITUATION_PICTURE, LocalDate.of(2025, 1, 1),
                "Trygghetsrådet 2025-01-01", null, TODAY);
        compliance.record(f.ws.id(), se.samsyn.agreement.ComplianceItem.YEARLY_FOLLOW_UP, LocalDate.of(2026, 3, 1), null,
                null, TODAY);
        assertThatThrownBy(() -> compliance.record(f.ws.id(), se.samsyn.agreement.ComplianceItem.ACTION_PLAN,
                TODAY.plusDays(1), null, null, TODAY)).satisfies(e -> assertThat(key(e)).isEqualTo("agreement.compliance.error.future"));
        var board = compliance.board(f.ws.id(), TODAY);
        assertThat(board.get(0).level()).isEqualTo(ComplianceRow.Level.GREEN);
        assertThat(board.get(0).agreement()).isEqualTo(id);
        assertThat(board.get(1).level()).isEqualTo(ComplianceRow.Level.AMBER);
        assertThat(board.get(4).level()).isEqualTo(ComplianceRow.Level.GREEN);
        assertThat(compliance.board(f.ws.id(), LocalDate.of(2027, 3, 1)).get(0).level()).isEqualTo(ComplianceRow.Level.AMBER);
        assertThat(compliance.board(f.ws.id(), LocalDate.of(2027, 3, 1)).get(1).level()).isEqualTo(ComplianceRow.Level.RED);
    }

    @Test
    void focusAreasAreEditedInPlaceAndReordered() {
        var f = fixture();
        var id = f.draft("SÖK 2030–2031", 2030, 2031);
        for (String t : List.of("Barn och unga", "Brott i nära relation", "Brott mot äldre")) {
            api.addFocusArea(f.ws.id(), id, new NewSection(t, null, null));
        }
        var areas = agreements.get(f.ws.id(), id, null, TODAY).version().focusAreas();
        agreements.moveSection(f.ws.id(), id, areas.get(2).id(), true);
        agreements.moveSection(f.ws.id(), id, areas.get(0).id(), true);
        agreements.updateSection(f.ws.id(), id, areas.get(1).id(), new NewSection("Våld i nära relation", "Text", "Mål"));
        assertThatThrownBy(() -> agreements.updateSection(f.ws.id(), id, areas.get(1).id(), new NewSection(" ", null, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("agreement.error.noSectionTitle"));
        assertThat(agreements.get(f.ws.id(), id, null, TODAY).version().focusAreas()).extracting(SectionView::title)
                .containsExactly("Barn och unga", "Brott mot äldre", "Våld i nära relation");
    }

    static String seed(String name) throws Exception {
        return Files.readString(Path.of(System.getProperty("user.dir")).resolve("../shared/seeds").resolve(name));
    }
}
