package se.samsyn.organisation;

import org.jspecify.annotations.Nullable;

public record NewOrganisation(
        String name,
        OrganisationType type,
        @Nullable String partnerKind,
        @Nullable String municipalityCode,
        @Nullable String orgNumber,
        @Nullable OrganisationId parent) {}
