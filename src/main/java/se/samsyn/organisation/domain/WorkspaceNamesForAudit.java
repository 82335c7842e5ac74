package se.samsyn.organisation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samsyn.audit.AuditWorkspaces;
import se.samsyn.shared.WorkspaceId;

/** Lets the log pages name workspaces without the audit module depending on this one. */
@Component
class WorkspaceNamesForAudit implements AuditWorkspaces {

    private final OrganisationService organisations;

    WorkspaceNamesForAudit(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<AuditWorkspace> find(WorkspaceId id) {
        return organisations.findWorkspace(id).map(w -> new AuditWorkspace(w.id(), w.name()));
    }

    @Override
    public List<AuditWorkspace> all() {
        return organisations.workspaces().stream().map(w -> new AuditWorkspace(w.id(), w.name())).toList();
    }
}
