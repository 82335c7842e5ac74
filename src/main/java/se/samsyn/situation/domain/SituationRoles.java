package se.samsyn.situation.domain;

import se.samsyn.shared.Role;

/** Who may open the lägesbild, and who may see individual observation points on it (as in EST triage, plus analysts). */
public final class SituationRoles {

    public static final Role[] VIEWERS = {Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ADMIN, Role.ANALYST, Role.READER,
        Role.DECISION_MAKER};
    public static final Role[] POINT_VIEWERS = {Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ADMIN, Role.ANALYST};

    private SituationRoles() {}
}
