package se.samsyn.organisation;

/** Kinds of organisation. Labels: {@code organisation.type.*}. */
public enum OrganisationType {
    MUNICIPALITY,
    LOCAL_POLICE_AREA,
    POLICE_REGION,
    ADMINISTRATION,
    DISTRICT_ADMINISTRATION,
    MUNICIPAL_COMPANY,
    PARTNER
}
