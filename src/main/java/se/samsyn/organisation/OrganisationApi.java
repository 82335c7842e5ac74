package se.samsyn.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.samsyn.organisation.domain.OrganisationService;
import se.samsyn.shared.WorkspaceId;

/** What other modules may ask of and tell the organisation module. */
@Service
public class OrganisationApi {

    private final OrganisationService organisations;

    OrganisationApi(OrganisationService organisations) {
        this.organisations = organisations;
    }

    public Optional<OrganisationSummary> findOrganisation(OrganisationId id) {
        return organisations.find(id);
    }

    public Optional<WorkspaceSummary> findWorkspace(WorkspaceId id) {
        return organisations.findWorkspace(id);
    }

    public Optional<WorkspaceSummary> findWorkspaceByMunicipalityCode(String code) {
        return organisations.findWorkspaceByCode(code);
    }

    public List<WorkspaceSummary> workspaces() {
        return organisations.workspaces();
    }

    public List<OrganisationSummary> organisationsIn(WorkspaceId workspace) {
        return organisations.organisationsIn(workspace);
    }

    public boolean isGranted(WorkspaceId workspace, OrganisationId organisation) {
        return organisations.isGranted(workspace, organisation);
    }

    public Optional<Municipality> municipality(String code) {
        return organisations.municipality(code);
    }

    public OrganisationId register(NewOrganisation organisation) {
        return organisations.register(organisation);
    }

    public WorkspaceId openWorkspace(OrganisationId municipality) {
        return organisations.openWorkspace(municipality);
    }

    public void grant(WorkspaceId workspace, OrganisationId organisation) {
        organisations.grant(workspace, organisation);
    }
}
