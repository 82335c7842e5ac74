package se.samsyn.agreement;

/**
 * What the compliance board checks (Lag 2023:196 and the agreement's own promises). Items other than the agreement
 * are recorded by hand; SITUATION_PICTURE is also recorded automatically when the situation module approves a statutory
 * lägesbild (through {@link AgreementApi#recordCompliance}). Labels:
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
