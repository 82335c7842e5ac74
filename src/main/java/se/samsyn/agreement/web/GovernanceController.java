package se.samsyn.agreement.web;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.agreement.BodyKind;
import se.samsyn.agreement.GovernanceBodyId;
import se.samsyn.agreement.MemberRole;
import se.samsyn.agreement.domain.GovernanceService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Samverkansorganisation: the tree of governance bodies with members, mandate and meeting cadence. */
@Controller
class GovernanceController {

    private static final String BASE = "/workspaces/{workspaceId}/governance";

    private final GovernanceService bodies;
    private final OrganisationApi organisations;

    GovernanceController(GovernanceService bodies, OrganisationApi organisations) {
        this.bodies = bodies;
        this.organisations = organisations;
    }

    @GetMapping(BASE)
    String list(@PathVariable WorkspaceId workspaceId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return page(workspaceId, actor, model);
    }

    @PostMapping(BASE)
    String create(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable BodyKind kind,
            @RequestParam(required = false) @Nullable UUID parent, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return run(workspaceId, "body", params, model, redirect, () -> bodies.create(workspaceId, params.get("name"), kind,
                parent == null ? null : new GovernanceBodyId(parent), params.get("mandate"), params.get("cadence")));
    }

    @PostMapping(BASE + "/{governanceBodyId}")
    String update(@PathVariable WorkspaceId workspaceId, @PathVariable GovernanceBodyId governanceBodyId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, "update-" + governanceBodyId, params, model, redirect, () -> bodies.update(workspaceId,
                governanceBodyId, params.get("name"), params.get("mandate"), params.get("cadence")));
    }

    @PostMapping(BASE + "/{governanceBodyId}/members")
    String addMember(@PathVariable WorkspaceId workspaceId, @PathVariable GovernanceBodyId governanceBodyId,
            @RequestParam(required = false) @Nullable MemberRole role, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return run(workspaceId, "member-" + governanceBodyId, params, model, redirect, () -> bodies.addMember(workspaceId,
                governanceBodyId, params.get("person"), params.get("organisation"), role));
    }

    @PostMapping(BASE + "/{governanceBodyId}/members/delete")
    String removeMember(@PathVariable WorkspaceId workspaceId, @PathVariable GovernanceBodyId governanceBodyId,
            @RequestParam UUID member, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, "members-" + governanceBodyId, params, model, redirect,
                () -> bodies.removeMember(workspaceId, governanceBodyId, member));
    }

    @PostMapping(BASE + "/{governanceBodyId}/retire")
    String retire(@PathVariable WorkspaceId workspaceId, @PathVariable GovernanceBodyId governanceBodyId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, "retire-" + governanceBodyId, params, model, redirect,
                () -> bodies.retire(workspaceId, governanceBodyId, AgreementPages.today()));
    }

    @PostMapping(BASE + "/{governanceBodyId}/delete")
    String delete(@PathVariable WorkspaceId workspaceId, @PathVariable GovernanceBodyId governanceBodyId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, "delete-" + governanceBodyId, params, model, redirect,
                () -> bodies.delete(workspaceId, governanceBodyId));
    }

    private String run(WorkspaceId workspaceId, String form, Map<String, String> params, Model model,
            RedirectAttributes redirect, Runnable change) {
        Actor actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        try {
            change.run();
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, form);
            model.addAttribute("last", params);
            return page(workspaceId, actor, model);
        }
        redirect.addFlashAttribute("flash", "agreement.flash.saved");
        return "redirect:/workspaces/" + workspaceId + "/governance";
    }

    private String page(WorkspaceId workspaceId, Actor actor, Model model) {
        model.addAttribute("workspace", AgreementPages.workspace(organisations, workspaceId));
        model.addAttribute("bodies", bodies.tree(workspaceId));
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("canEdit", actor.hasAnyRole(workspaceId, AgreementRoles.EDITORS));
        if (!model.containsAttribute("last")) {
            model.addAttribute("last", Map.of());
        }
        return "agreement/governance";
    }
}
