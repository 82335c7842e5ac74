package se.samsyn.statistics.domain;

import se.samsyn.shared.Role;

/**
 * Who may do what with statistics. Importing files is its own permission: the kommunpolis, coordinators, analysts and
 * administrators. Categories and survey rounds are edited by coordinators, analysts and administrators. Every member
 * of the workspace may read. Checked by the web pages and the REST API alike.
 */
public final class StatisticsRoles {

    public static final Role[] IMPORTERS = {Role.ADMIN, Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ANALYST};
    public static final Role[] EDITORS = {Role.ADMIN, Role.COORDINATOR, Role.ANALYST};

    private StatisticsRoles() {}
}
