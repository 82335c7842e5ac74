package se.samsyn.actionplan.domain;

import se.samsyn.shared.Role;

/**
 * Who may do what with problems and plans. Coordinators, analysts, the kommunpolis and administrators write problems,
 * analyses, plans and goals; adoption is recorded by coordinators, decision makers and administrators; follow-ups are
 * reported by the writers and decision makers. Every member of the workspace may read.
 */
public final class ActionPlanRoles {

    public static final Role[] EDITORS = {Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.MUNICIPAL_POLICE};
    public static final Role[] ADOPTERS = {Role.ADMIN, Role.COORDINATOR, Role.DECISION_MAKER};
    public static final Role[] REPORTERS = {Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.MUNICIPAL_POLICE,
            Role.DECISION_MAKER};

    private ActionPlanRoles() {}
}
