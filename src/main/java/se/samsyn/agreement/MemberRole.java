package se.samsyn.agreement;

/** Ordförande, sekreterare, ledamot, adjungerad. Labels: {@code agreement.memberRole.*}. */
public enum MemberRole {
    CHAIR,
    SECRETARY,
    MEMBER,
    ADJUNCT
}
