package se.samsyn.audit;

import java.util.List;
import java.util.Optional;
import se.samsyn.shared.WorkspaceId;

/**
 * Names of workspaces for the log pages. The organisation module implements it: it already writes to the log, so the
 * log may not depend on it.
 */
public interface AuditWorkspaces {

    /** A workspace as the log pages show it; {@code id()} and {@code name()} are what the navigation needs. */
    record AuditWorkspace(WorkspaceId id, String name) {}

    Optional<AuditWorkspace> find(WorkspaceId id);

    List<AuditWorkspace> all();
}
