package se.samsyn.situation.domain;

import se.samsyn.shared.Role;

/** Who may open the lägesbild, and who may see individual observation points on it (as in EST triage, plus analysts). */
public final class SituationRoles {

    public static final Role[] VIEWERS = {Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ADMIN, Role.ANALYST, Role.READER,
        Role.DECISION_MAKER};
    public static final Role[] POINT_VIEWERS = {Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ADMIN, Role.ANALYST};
    /** Who creates, writes, regenerates and sends lägesbild documents for review. */
    public static final Role[] WRITERS = {Role.COORDINATOR, Role.ANALYST};
    /** Who records a governance body's approval and publishes. */
    public static final Role[] APPROVERS = {Role.COORDINATOR, Role.DECISION_MAKER};

    private SituationRoles() {}

    /**
     * The areas an actor may see, as the incident module's district scope does: null when one of the actor's viewing
     * memberships in the workspace covers the whole workspace (or the actor is a system administrator), otherwise the
     * districts of those memberships.
     */
    public static java.util.@org.jspecify.annotations.Nullable Set<se.samsyn.geo.AreaId> districts(se.samsyn.shared.Actor actor,
            se.samsyn.shared.WorkspaceId workspace) {
        if (actor.systemAdmin()) {
            return null;
        }
        var viewing = actor.memberships().stream()
                .filter(m -> m.workspace().equals(workspace) && java.util.Arrays.asList(VIEWERS).contains(m.role()))
                .toList();
        if (viewing.isEmpty() || viewing.stream().anyMatch(m -> m.district() == null)) {
            return null;
        }
        return viewing.stream().map(m -> new se.samsyn.geo.AreaId(m.district()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
