package se.samsyn.organisation;

/** Kinds of external partner, stored as text in {@code partner_kind}. Labels: {@code organisation.partnerKind.*}. */
public enum PartnerKind {
    HOUSING_COMPANY,
    SECURITY_COMPANY,
    ASSOCIATION,
    SCHOOL,
    FAITH_COMMUNITY,
    BUSINESS,
    RESCUE_SERVICE,
    REGION,
    OTHER
}
