package se.samsyn.agreement;

/** Kinds of governance body. Labels: {@code agreement.bodyKind.*}. */
public enum BodyKind {
    MUNICIPAL_BOARD,
    COMMITTEE,
    STEERING_GROUP,
    PREPARATION_GROUP,
    SAFETY_COUNCIL,
    OPERATIONAL_GROUP,
    LOCAL_STEERING_GROUP,
    WORKING_GROUP,
    OTHER
}
