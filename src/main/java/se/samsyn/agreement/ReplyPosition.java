package se.samsyn.agreement;

/** A referral recipient's position: tillstyrker, tillstyrker med synpunkter, avstyrker, avstår. Labels: {@code agreement.position.*}. */
public enum ReplyPosition {
    SUPPORTS,
    SUPPORTS_WITH_COMMENTS,
    OPPOSES,
    ABSTAINS
}
