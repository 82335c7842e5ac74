package se.samsyn.organisation;

import se.samsyn.shared.WorkspaceId;

/** An organisation lost its access to a workspace; its people's roles there should end too. */
public record OrganisationAccessRevoked(WorkspaceId workspace, OrganisationId organisation) {}
