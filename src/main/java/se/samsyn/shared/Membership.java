package se.samsyn.shared;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One grant of a role to a user, for an organisation within a workspace, optionally narrowed to a district area. */
public record Membership(WorkspaceId workspace, UUID organisation, Role role, @Nullable UUID district) {}
