package se.samsyn.agreement.web;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.agreement.ComplianceItem;
import se.samsyn.agreement.domain.ComplianceService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Lagkrav och åtaganden: Lag (2023:196) and the agreement's promises, each red, amber, green or not yet recorded. */
@Controller
class ComplianceController {

    private final ComplianceService compliance;
    private final OrganisationApi organisations;

    ComplianceController(ComplianceService compliance, OrganisationApi organisations) {
        this.compliance = compliance;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/compliance")
    String board(@PathVariable WorkspaceId workspaceId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return page(workspaceId, actor, model);
    }

    @PostMapping("/workspaces/{workspaceId}/compliance")
    String record(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable ComplianceItem item,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate doneOn,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        try {
            compliance.record(workspaceId, item, doneOn, params.get("note"), actor.userId(), AgreementPages.today());
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, "compliance");
            model.addAttribute("last", params);
            return page(workspaceId, actor, model);
        }
        redirect.addFlashAttribute("flash", "agreement.flash.saved");
        return "redirect:/workspaces/" + workspaceId + "/compliance";
    }

    private String page(WorkspaceId workspaceId, Actor actor, Model model) {
        model.addAttribute("workspace", AgreementPages.workspace(organisations, workspaceId));
        model.addAttribute("rows", compliance.board(workspaceId, AgreementPages.today()));
        model.addAttribute("items", java.util.Arrays.stream(ComplianceItem.values()).filter(ComplianceItem::recordedByHand).toList());
        model.addAttribute("canEdit", actor.hasAnyRole(workspaceId, AgreementRoles.EDITORS));
        if (!model.containsAttribute("last")) {
            model.addAttribute("last", Map.of());
        }
        return "agreement/compliance";
    }
}
