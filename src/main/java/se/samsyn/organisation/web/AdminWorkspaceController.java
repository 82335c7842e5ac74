package se.samsyn.organisation.web;

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
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.organisation.domain.OrganisationService;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.WorkspaceId;

/**
 * Systemadministration: municipality workspaces and which organisations have access to them. The path variable is
 * {@code {managedWorkspaceId}}, not {@code {workspaceId}}: these pages are for system administrators, not for the workspace's own
 * members, so the workspace scope (and the tenant isolation test's owner check) does not apply to them.
 */
@Controller
class AdminWorkspaceController {

    private final OrganisationService organisations;

    AdminWorkspaceController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/admin/workspaces")
    String list(Model model) {
        Actors.current().requireSystemAdmin();
        var workspaces = organisations.workspaces();
        Set<OrganisationId> owners = workspaces.stream().map(WorkspaceSummary::municipality).collect(Collectors.toSet());
        model.addAttribute("workspaces", workspaces.stream()
                .map(w -> new WorkspaceRow(w, organisations.organisationsIn(w.id()).size())).toList());
        model.addAttribute("withoutWorkspace", organisations.search(OrganisationType.MUNICIPALITY, null).stream()
                .filter(o -> !owners.contains(o.id())).toList());
        return "organisation/admin-workspaces";
    }

    record WorkspaceRow(WorkspaceSummary workspace, int organisationCount) {}

    @PostMapping("/admin/workspaces")
    String open(@RequestParam(required = false) @Nullable OrganisationId municipality, RedirectAttributes redirect) {
        Actors.current().requireSystemAdmin();
        var id = organisations.openWorkspace(required(municipality));
        redirect.addFlashAttribute("flash", "organisation.flash.workspaceOpened");
        return "redirect:/admin/workspaces/" + id;
    }

    @GetMapping("/admin/workspaces/{managedWorkspaceId}")
    String show(@PathVariable("managedWorkspaceId") WorkspaceId workspaceId, Model model) {
        Actors.current().requireSystemAdmin();
        var workspace = workspace(workspaceId);
        var granted = organisations.organisationsIn(workspaceId);
        Set<OrganisationId> grantedIds = granted.stream().map(OrganisationSummary::id).collect(Collectors.toSet());
        model.addAttribute("adminWorkspace", workspace);
        model.addAttribute("granted", granted);
        model.addAttribute("grantable", organisations.all().stream().filter(o -> !grantedIds.contains(o.id())).toList());
        model.addAttribute("servingPoliceAreas", organisations.servingPoliceAreas(workspace.municipalityCode()).stream()
                .map(p -> new ServingRow(p, grantedIds.contains(p.id()), organisations.servedMunicipalities(p.id()).stream()
                        .map(m -> m.name()).collect(Collectors.joining(", "))))
                .toList());
        return "organisation/admin-workspace";
    }

    record ServingRow(OrganisationSummary policeArea, boolean granted, String servedNames) {}

    @PostMapping("/admin/workspaces/{managedWorkspaceId}/grants")
    String grant(@PathVariable("managedWorkspaceId") WorkspaceId workspaceId,
            @RequestParam(required = false) @Nullable OrganisationId organisation, RedirectAttributes redirect) {
        Actors.current().requireSystemAdmin();
        organisations.grant(workspaceId, required(organisation));
        redirect.addFlashAttribute("flash", "organisation.flash.granted");
        return "redirect:/admin/workspaces/" + workspaceId;
    }

    @PostMapping("/admin/workspaces/{managedWorkspaceId}/grants/{organisationId}/revoke")
    String revoke(@PathVariable("managedWorkspaceId") WorkspaceId workspaceId, @PathVariable OrganisationId organisationId,
            RedirectAttributes redirect) {
        Actors.current().requireSystemAdmin();
        organisations.revoke(workspaceId, organisationId);
        redirect.addFlashAttribute("flash", "organisation.flash.revoked");
        return "redirect:/admin/workspaces/" + workspaceId;
    }

    /** The one-action grant, from the kommun's side: the LPO gets every kommun it serves, not only this one. */
    @PostMapping("/admin/workspaces/{managedWorkspaceId}/grant-served/{organisationId}")
    String grantServed(@PathVariable("managedWorkspaceId") WorkspaceId workspaceId, @PathVariable OrganisationId organisationId,
            RedirectAttributes redirect) {
        Actors.current().requireSystemAdmin();
        workspace(workspaceId);
        var granted = organisations.grantServedMunicipalities(organisationId);
        redirect.addFlashAttribute("flash", granted.isEmpty() ? "organisation.flash.servedAlreadyGranted"
                : "organisation.flash.servedGranted");
        return "redirect:/admin/workspaces/" + workspaceId;
    }

    /** Parameters are optional so that authorisation, not binding, answers first; a missing one is then a 404. */
    static OrganisationId required(@Nullable OrganisationId organisation) {
        if (organisation == null) {
            throw new NotFoundException("organisation.error.notFound");
        }
        return organisation;
    }

    private WorkspaceSummary workspace(WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("organisation.error.workspaceNotFound"));
    }
}
