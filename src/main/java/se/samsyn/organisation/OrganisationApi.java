package se.samsyn.organisation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    /** All kommuner in SCB's code list. */
    public List<Municipality> municipalities() {
        return organisations.municipalities();
    }

    /** Registers a lokalpolisområde (or other organisation) serving the kommuner with these SCB codes. */
    public OrganisationId register(NewOrganisation organisation, java.util.Collection<String> servedMunicipalityCodes) {
        return organisations.register(organisation, servedMunicipalityCodes);
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

    public void revoke(WorkspaceId workspace, OrganisationId organisation) {
        organisations.revoke(workspace, organisation);
    }

    /** For workspace administrators: only external partners may be granted or revoked this way. */
    public void grantPartner(WorkspaceId workspace, OrganisationId organisation) {
        organisations.grantPartner(workspace, organisation);
    }

    public void revokePartner(WorkspaceId workspace, OrganisationId organisation) {
        organisations.revokePartner(workspace, organisation);
    }

    public List<OrganisationSummary> organisations(@Nullable OrganisationType type) {
        return organisations.search(type, null);
    }

    /** The kommuner a lokalpolisområde serves. */
    public List<Municipality> servedMunicipalities(OrganisationId organisation) {
        return organisations.servedMunicipalities(organisation);
    }

    /** The lokalpolisområden serving a kommun. */
    public List<OrganisationSummary> servingPoliceAreas(String municipalityCode) {
        return organisations.servingPoliceAreas(municipalityCode);
    }
}
