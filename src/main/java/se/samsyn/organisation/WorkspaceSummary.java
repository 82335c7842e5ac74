package se.samsyn.organisation;

import se.samsyn.shared.WorkspaceId;

public record WorkspaceSummary(WorkspaceId id, String name, String municipalityCode, OrganisationId municipality) {}
