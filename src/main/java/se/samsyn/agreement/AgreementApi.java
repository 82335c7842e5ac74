package se.samsyn.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.agreement.domain.ComplianceService;
import se.samsyn.agreement.domain.GovernanceService;
import se.samsyn.agreement.domain.ReferralService;
import se.samsyn.shared.WorkspaceId;

/**
 * What other modules may ask of and tell the agreement module: the demo enters the seed agreements through these
 * commands, with the same rules as the user interface. Callers check the actor's roles themselves.
 */
@Service
public class AgreementApi {

    private final AgreementService agreements;
    private final GovernanceService bodies;
    private final ReferralService referral;
    private final ComplianceService compliance;

    AgreementApi(AgreementService agreements, GovernanceService bodies, ReferralService referral,
            ComplianceService compliance) {
        this.agreements = agreements;
        this.bodies = bodies;
        this.referral = referral;
        this.compliance = compliance;
    }

    /**
     * Records that a compliance item was done on {@code doneOn}, as the coordinator does by hand. The situation module
     * calls this in the transaction that approves a statutory lägesbild, so the board follows the approvals.
     */
    public void recordCompliance(WorkspaceId workspace, ComplianceItem item, LocalDate doneOn, String note,
            @Nullable UUID by) {
        compliance.record(workspace, item, doneOn, note, by, LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")));
    }

    public GovernanceBodyId createBody(WorkspaceId workspace, String name, BodyKind kind, @Nullable GovernanceBodyId parent,
            @Nullable String mandate, @Nullable String meetingCadence) {
        return bodies.create(workspace, name, kind, parent, mandate, meetingCadence);
    }

    public List<GovernanceBodySummary> bodies(WorkspaceId workspace) {
        return bodies.tree(workspace).stream()
                .map(b -> new GovernanceBodySummary(b.id(), b.name(), b.kind(), b.retired())).toList();
    }

    public void addMember(WorkspaceId workspace, GovernanceBodyId body, String person, @Nullable String organisation,
            MemberRole role) {
        bodies.addMember(workspace, body, person, organisation, role);
    }

    public AgreementId create(WorkspaceId workspace, AgreementContent content, @Nullable UUID by) {
        return agreements.create(workspace, content, by);
    }

    public void addFocusArea(WorkspaceId workspace, AgreementId id, NewSection focusArea) {
        agreements.addFocusArea(workspace, id, focusArea);
    }

    public void addSection(WorkspaceId workspace, AgreementId id, NewSection section) {
        agreements.addSection(workspace, id, section);
    }

    public void addAnnex(WorkspaceId workspace, AgreementId id, NewAnnex annex) {
        agreements.addAnnex(workspace, id, annex);
    }

    public void addSteeringDocument(WorkspaceId workspace, AgreementId id, NewSteeringDocument document) {
        agreements.addSteeringDocument(workspace, id, document);
    }

    public void addSignatory(WorkspaceId workspace, AgreementId id, NewSignatory signatory) {
        agreements.addSignatory(workspace, id, signatory);
    }

    public void changeStatus(WorkspaceId workspace, AgreementId id, AgreementStatus target, @Nullable Decision decision) {
        agreements.transition(workspace, id, target, decision);
    }

    public ReferralRoundId startReferral(WorkspaceId workspace, AgreementId id, String title, LocalDate sentOn,
            LocalDate deadline, List<NewRecipient> recipients) {
        return referral.start(workspace, id, title, sentOn, deadline, recipients);
    }

    /** Records the reply of the round's recipient with this name. */
    public void reply(WorkspaceId workspace, ReferralRoundId round, String recipientName, ReferralReply reply) {
        var recipient = referral.get(workspace, round).recipients().stream().filter(r -> r.name().equals(recipientName))
                .findFirst().orElseThrow(() -> new se.samsyn.shared.NotFoundException("agreement.referral.error.notFound"));
        referral.reply(workspace, round, recipient.id(), reply);
    }

    public void closeReferral(WorkspaceId workspace, ReferralRoundId round, @Nullable String compilation) {
        referral.close(workspace, round, compilation);
    }
}
