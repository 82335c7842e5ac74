package se.samsyn.agreement.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.NewSection;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Editing a focus area or section in place, and putting them in order. */
@Controller
class AgreementSectionController {

    private static final String PATH = "/workspaces/{workspaceId}/agreements/{agreementId}/sections";

    private final AgreementService agreements;
    private final AgreementDetailPage page;

    AgreementSectionController(AgreementService agreements, AgreementDetailPage page) {
        this.agreements = agreements;
        this.page = page;
    }

    @PostMapping(PATH + "/edit")
    String edit(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId, @RequestParam UUID id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        try {
            agreements.updateSection(workspaceId, agreementId, id,
                    new NewSection(params.get("title"), params.get("body"), params.get("goal")));
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, "edit-" + id);
            model.addAttribute("last", params);
            return page.render(workspaceId, agreementId, null, actor, model);
        }
        redirect.addFlashAttribute("flash", "agreement.flash.saved");
        return "redirect:" + AgreementPages.base(workspaceId) + "/" + agreementId + "#section-" + id;
    }

    @PostMapping(PATH + "/move")
    String move(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId, @RequestParam UUID id,
            @RequestParam(defaultValue = "up") String direction, Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        try {
            agreements.moveSection(workspaceId, agreementId, id, !"down".equals(direction));
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, "delete");
            model.addAttribute("last", Map.of());
            return page.render(workspaceId, agreementId, null, actor, model);
        }
        redirect.addFlashAttribute("flash", "agreement.flash.saved");
        return "redirect:" + AgreementPages.base(workspaceId) + "/" + agreementId + "#section-" + id;
    }
}
