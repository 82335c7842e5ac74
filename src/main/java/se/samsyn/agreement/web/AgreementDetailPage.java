package se.samsyn.agreement.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.AnnexKind;
import se.samsyn.agreement.ReplyPosition;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.agreement.domain.GovernanceService;
import se.samsyn.agreement.domain.ReferralService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actor;
import se.samsyn.shared.WorkspaceId;

/** Builds the model of one agreement's page, for showing it and for re-showing it with a form error. */
@Component
class AgreementDetailPage {

    private final AgreementService agreements;
    private final GovernanceService bodies;
    private final ReferralService referral;
    private final OrganisationApi organisations;

    AgreementDetailPage(AgreementService agreements, GovernanceService bodies, ReferralService referral,
            OrganisationApi organisations) {
        this.agreements = agreements;
        this.bodies = bodies;
        this.referral = referral;
        this.organisations = organisations;
    }

    /** The detail page, also re-rendered with an error and the posted values by the content controllers. */
    String render(WorkspaceId workspaceId, AgreementId agreementId, @Nullable Integer version, Actor actor, Model model) {
        var a = agreements.get(workspaceId, agreementId, version, AgreementPages.today());
        model.addAttribute("workspace", AgreementPages.workspace(organisations, workspaceId));
        model.addAttribute("a", a);
        model.addAttribute("v", a.version());
        model.addAttribute("rounds", referral.rounds(workspaceId, agreementId));
        model.addAttribute("bodies", bodies.tree(workspaceId).stream().filter(b -> !b.retired()).toList());
        model.addAttribute("annexKinds", AnnexKind.values());
        model.addAttribute("positions", ReplyPosition.values());
        boolean current = a.showsCurrentVersion();
        var status = a.version().status();
        model.addAttribute("canEdit", current && actor.hasAnyRole(workspaceId, AgreementRoles.EDITORS));
        model.addAttribute("canDecide", current && actor.hasAnyRole(workspaceId, AgreementRoles.DECIDERS));
        model.addAttribute("editable", current && status.editable());
        model.addAttribute("canSign", current && (status.editable() || status == AgreementStatus.ADOPTED));
        model.addAttribute("canStartReferral", current
                && (status == AgreementStatus.DRAFT || status == AgreementStatus.UNDER_REVISION));
        model.addAttribute("transitions", status.next().stream().filter(t -> t != AgreementStatus.ADOPTED).toList());
        model.addAttribute("canAdopt", status.canMoveTo(AgreementStatus.ADOPTED));
        if (!model.containsAttribute("last")) {
            model.addAttribute("last", java.util.Map.of());
        }
        return "agreement/detail";
    }
}
