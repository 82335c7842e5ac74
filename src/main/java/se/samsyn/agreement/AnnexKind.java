package se.samsyn.agreement;

/** Kinds of bilaga. Labels: {@code agreement.annexKind.*}. */
public enum AnnexKind {
    SITUATION_PICTURE,
    ACTION_PLAN,
    CITIZEN_PROMISES,
    COMMUNICATION_PLAN,
    AGREEMENT_TEXT,
    OTHER
}
