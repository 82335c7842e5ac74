package se.samsyn.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The authenticated user behind a request, as every module sees it: who it is and which roles it holds where.
 * Built by the access module at login; read with {@link Actors#current()}.
 */
public record Actor(UUID userId, String email, String displayName, boolean systemAdmin, List<Membership> memberships) {

    public Set<WorkspaceId> workspaces() {
        return memberships.stream().map(Membership::workspace).collect(Collectors.toUnmodifiableSet());
    }

    public boolean canSee(WorkspaceId workspace) {
        return systemAdmin || workspaces().contains(workspace);
    }

    public boolean hasAnyRole(WorkspaceId workspace, Role... roles) {
        if (systemAdmin) {
            return true;
        }
        var wanted = Set.copyOf(Arrays.asList(roles));
        return memberships.stream().anyMatch(m -> m.workspace().equals(workspace) && wanted.contains(m.role()));
    }

    /** Fails with 404 when the workspace is not the actor's, and with 403 when it is but no role fits. */
    public void require(WorkspaceId workspace, Role... roles) {
        if (!canSee(workspace)) {
            throw new NotFoundException("common.error.notFound");
        }
        if (roles.length > 0 && !hasAnyRole(workspace, roles)) {
            throw new ForbiddenException("common.error.forbidden");
        }
    }

    public void requireSystemAdmin() {
        if (!systemAdmin) {
            throw new ForbiddenException("common.error.forbidden");
        }
    }
}
