package se.samsyn.agreement.web;

import se.samsyn.shared.Role;

/**
 * Who may do what with agreements. Coordinators, the kommunpolis and administrators draft, send on referral, record
 * replies and signatures and keep the governance bodies. Adoption is recorded by them or by a beslutsfattare. Every
 * member of the workspace may read.
 */
final class AgreementRoles {

    static final Role[] EDITORS = {Role.ADMIN, Role.COORDINATOR, Role.MUNICIPAL_POLICE};
    static final Role[] DECIDERS = {Role.ADMIN, Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.DECISION_MAKER};

    private AgreementRoles() {}
}
