package se.samsyn.incident.domain;

import se.samsyn.shared.Role;

/** Who may do what with reports. */
public final class IncidentRoles {

    public static final Role[] REPORTERS = {Role.REPORTER, Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ADMIN};
    public static final Role[] TRIAGE = {Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ADMIN};
    public static final Role[] VIEWERS = {Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ADMIN, Role.ANALYST, Role.READER,
        Role.DECISION_MAKER};
    public static final Role[] ORIGINAL_READERS = {Role.COORDINATOR, Role.ADMIN};
    public static final Role[] CATEGORY_EDITORS = {Role.COORDINATOR, Role.ADMIN};

    private IncidentRoles() {}
}
