package se.samsyn.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.access.AccessApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

/**
 * Organisationer i arbetsytan, grouped by type with how many people each has here. Lives in the web shell because it
 * needs both organisation and access, and access already depends on organisation.
 */
@Controller
class WorkspaceOrganisationsController {

    record OrganisationRow(OrganisationSummary organisation, long people, boolean revocable) {}

    record TypeGroup(OrganisationType type, List<OrganisationRow> rows) {}

    private final OrganisationApi organisations;
    private final AccessApi access;

    WorkspaceOrganisationsController(OrganisationApi organisations, AccessApi access) {
        this.organisations = organisations;
        this.access = access;
    }

    @GetMapping("/workspaces/{workspaceId}/organisations")
    String list(@PathVariable WorkspaceId workspaceId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        var workspace = organisations.findWorkspace(workspaceId).orElseThrow(() -> new NotFoundException("common.error.notFound"));
        boolean canGrant = actor.hasAnyRole(workspaceId, Role.ADMIN);
        Map<java.util.UUID, Long> people = access.usersIn(workspaceId).stream()
                .flatMap(u -> u.memberships().stream().filter(m -> m.workspace().equals(workspaceId))
                        .map(m -> m.organisation()).distinct())
                .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        var granted = organisations.organisationsIn(workspaceId);
        var groups = new LinkedHashMap<OrganisationType, List<OrganisationRow>>();
        for (var o : granted) {
            groups.computeIfAbsent(o.type(), t -> new java.util.ArrayList<>()).add(new OrganisationRow(o,
                    people.getOrDefault(o.id().value(), 0L), canGrant && o.type() == OrganisationType.PARTNER));
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("groups", groups.entrySet().stream().map(e -> new TypeGroup(e.getKey(), e.getValue())).toList());
        model.addAttribute("organisationCount", granted.size());
        model.addAttribute("canGrant", canGrant);
        if (canGrant) {
            Set<OrganisationId> grantedIds = granted.stream().map(OrganisationSummary::id).collect(Collectors.toSet());
            model.addAttribute("grantablePartners", organisations.organisations(OrganisationType.PARTNER).stream()
                    .filter(o -> !grantedIds.contains(o.id())).toList());
        }
        return "organisation/workspace-organisations";
    }

    @PostMapping("/workspaces/{workspaceId}/organisations/grants")
    String grantPartner(@PathVariable WorkspaceId workspaceId,
            @RequestParam(required = false) @Nullable OrganisationId organisation, RedirectAttributes redirect) {
        Actors.current().require(workspaceId, Role.ADMIN);
        if (organisation == null) {
            throw new NotFoundException("organisation.error.notFound");
        }
        organisations.grantPartner(workspaceId, organisation);
        redirect.addFlashAttribute("flash", "organisation.flash.granted");
        return "redirect:/workspaces/" + workspaceId + "/organisations";
    }

    @PostMapping("/workspaces/{workspaceId}/organisations/{organisationId}/revoke")
    String revokePartner(@PathVariable WorkspaceId workspaceId, @PathVariable OrganisationId organisationId,
            RedirectAttributes redirect) {
        Actors.current().require(workspaceId, Role.ADMIN);
        organisations.revokePartner(workspaceId, organisationId);
        redirect.addFlashAttribute("flash", "organisation.flash.revoked");
        return "redirect:/workspaces/" + workspaceId + "/organisations";
    }
}
