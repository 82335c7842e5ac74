package se.samsyn.agreement.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Överenskommelser: the list with renewal warnings, create and edit forms, and one agreement with all its parts. */
@Controller
class AgreementController {

    private final AgreementService agreements;
    private final AgreementDetailPage detailPage;
    private final OrganisationApi organisations;

    AgreementController(AgreementService agreements, AgreementDetailPage detailPage, OrganisationApi organisations) {
        this.agreements = agreements;
        this.detailPage = detailPage;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/agreements")
    String list(@PathVariable WorkspaceId workspaceId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        model.addAttribute("workspace", AgreementPages.workspace(organisations, workspaceId));
        model.addAttribute("agreements", agreements.list(workspaceId, AgreementPages.today()));
        model.addAttribute("canEdit", actor.hasAnyRole(workspaceId, AgreementRoles.EDITORS));
        return "agreement/list";
    }

    @GetMapping("/workspaces/{workspaceId}/agreements/new")
    String newForm(@PathVariable WorkspaceId workspaceId, Model model) {
        Actors.current().require(workspaceId, AgreementRoles.EDITORS);
        return form(workspaceId, null, AgreementForm.empty(), model);
    }

    @PostMapping("/workspaces/{workspaceId}/agreements")
    String create(@PathVariable WorkspaceId workspaceId, @ModelAttribute AgreementForm form, Model model,
            RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        try {
            var id = agreements.create(workspaceId, form.toContent(), actor.userId());
            redirect.addFlashAttribute("flash", "agreement.flash.created");
            return "redirect:" + AgreementPages.base(workspaceId) + "/" + id;
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, "agreement");
            return form(workspaceId, null, form, model);
        }
    }

    @GetMapping("/workspaces/{workspaceId}/agreements/{agreementId}")
    String detail(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @Nullable Integer version, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return detailPage.render(workspaceId, agreementId, version, actor, model);
    }

    @GetMapping("/workspaces/{workspaceId}/agreements/{agreementId}/edit")
    String editForm(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId, Model model) {
        Actors.current().require(workspaceId, AgreementRoles.EDITORS);
        var a = agreements.get(workspaceId, agreementId, null, AgreementPages.today());
        model.addAttribute("decided", a.version().status().decided());
        return form(workspaceId, agreementId, AgreementForm.of(a), model);
    }

    @PostMapping("/workspaces/{workspaceId}/agreements/{agreementId}/edit")
    String update(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @ModelAttribute AgreementForm form, Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        var before = agreements.get(workspaceId, agreementId, null, AgreementPages.today());
        try {
            int version = agreements.update(workspaceId, agreementId, form.toContent(), actor.userId());
            redirect.addFlashAttribute("flash", version == before.currentVersion() ? "agreement.flash.saved"
                    : "agreement.flash.newVersion");
            return "redirect:" + AgreementPages.base(workspaceId) + "/" + agreementId;
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, "agreement");
            model.addAttribute("decided", before.version().status().decided());
            return form(workspaceId, agreementId, form, model);
        }
    }

    private String form(WorkspaceId workspaceId, @Nullable AgreementId id, AgreementForm form, Model model) {
        model.addAttribute("workspace", AgreementPages.workspace(organisations, workspaceId));
        model.addAttribute("agreementId", id);
        model.addAttribute("form", form);
        model.addAttribute("levels", AgreementLevel.values());
        model.addAttribute("candidates", agreements.partyCandidates(workspaceId));
        model.addAttribute("others", agreements.list(workspaceId, AgreementPages.today()).stream()
                .filter(r -> !r.id().equals(id)).toList());
        return "agreement/form";
    }
}
