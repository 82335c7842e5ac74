package se.samsyn.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samsyn.access.AccessApi;
import se.samsyn.geo.GeoApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.SituationDocumentsApi;

/** Översikt: the workspace's municipality, its areas on a map, its organisations and people. */
@Controller
class WorkspaceController {

    private final OrganisationApi organisations;
    private final GeoApi geo;
    private final AccessApi access;
    private final SituationDocumentsApi situationDocuments;

    WorkspaceController(OrganisationApi organisations, GeoApi geo, AccessApi access,
            SituationDocumentsApi situationDocuments) {
        this.organisations = organisations;
        this.geo = geo;
        this.access = access;
        this.situationDocuments = situationDocuments;
    }

    @GetMapping("/workspaces/{workspaceId}")
    String overview(@PathVariable WorkspaceId workspaceId, Model model) {
        Actors.current().require(workspaceId);
        var workspace = organisations.findWorkspace(workspaceId).orElseThrow(() -> new NotFoundException("common.error.notFound"));
        model.addAttribute("workspace", workspace);
        model.addAttribute("areas", geo.areas(workspaceId, null));
        model.addAttribute("organisations", organisations.organisationsIn(workspaceId));
        model.addAttribute("userCount", access.usersIn(workspaceId).size());
        model.addAttribute("population", organisations.municipality(workspace.municipalityCode()).map(m -> m.population()).orElse(0));
        model.addAttribute("statutoryClock", situationDocuments.statutoryClock(workspaceId,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))));
        return "web/overview";
    }
}
