package se.samsyn.statistics.web;

import se.samsyn.shared.Role;

/**
 * Who may do what with statistics. Importing files is its own permission: the kommunpolis, coordinators, analysts and
 * administrators. Categories and survey rounds are edited by coordinators, analysts and administrators. Every member
 * of the workspace may read.
 */
final class StatisticsRoles {

    static final Role[] IMPORTERS = {Role.ADMIN, Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ANALYST};
    static final Role[] EDITORS = {Role.ADMIN, Role.COORDINATOR, Role.ANALYST};

    private StatisticsRoles() {}
}
