package se.samsyn.agreement;

/**
 * What the compliance board checks (Lag 2023:196 and the agreement's own promises). Items other than the agreement
 * are recorded by hand until lägesbild, åtgärdsplan and follow-up have modules of their own. Labels:
 * {@code agreement.compliance.item.*}.
 */
public enum ComplianceItem {
    AGREEMENT_IN_FORCE,
    SITUATION_PICTURE,
    ACTION_PLAN,
    COORDINATION_FUNCTION,
    YEARLY_FOLLOW_UP,
    CHILD_IMPACT_ASSESSMENT,
    CITIZEN_PROMISE_COMMUNICATED;

    public boolean recordedByHand() {
        return this != AGREEMENT_IN_FORCE;
    }
}
