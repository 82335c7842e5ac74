package se.samsyn.geo;

import java.util.UUID;
import se.samsyn.shared.WorkspaceId;

/** Published when boundaries of a workspace changed, so modules can re-derive stored area ids from raw points. */
public record AreasImported(WorkspaceId workspace, UUID importId, int count) {}
