package se.samsyn.agreement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Status of one agreement version (DOMAIN.md §12.3). {@link #EXPIRED} is never stored: a signed or active version whose
 * period has ended is shown as expired. Labels: {@code agreement.status.*}.
 */
public enum AgreementStatus {
    DRAFT,
    IN_REFERRAL,
    UNDER_REVISION,
    PENDING_DECISION,
    ADOPTED,
    SIGNED,
    ACTIVE,
    EXPIRED,
    TERMINATED,
    SUPERSEDED;

    /** The edges a user may ask for. Referral start and close, and superseding, are done by the system. */
    private static final Map<AgreementStatus, Set<AgreementStatus>> MANUAL = Map.of(
            DRAFT, EnumSet.of(PENDING_DECISION),
            UNDER_REVISION, EnumSet.of(PENDING_DECISION),
            PENDING_DECISION, EnumSet.of(UNDER_REVISION, ADOPTED),
            ADOPTED, EnumSet.of(SIGNED),
            SIGNED, EnumSet.of(ACTIVE, TERMINATED),
            ACTIVE, EnumSet.of(TERMINATED));

    public Set<AgreementStatus> next() {
        return MANUAL.getOrDefault(this, EnumSet.noneOf(AgreementStatus.class));
    }

    public boolean canMoveTo(AgreementStatus target) {
        return next().contains(target);
    }

    /** The text may be changed in place. */
    public boolean editable() {
        return this == DRAFT || this == UNDER_REVISION || this == PENDING_DECISION;
    }

    /** Adopted by a body; changing the text starts a new version. */
    public boolean decided() {
        return this == ADOPTED || this == SIGNED || this == ACTIVE || this == EXPIRED;
    }

    /** Signed, published or expired: the version that was in force. */
    public boolean inForce() {
        return this == SIGNED || this == ACTIVE;
    }
}
