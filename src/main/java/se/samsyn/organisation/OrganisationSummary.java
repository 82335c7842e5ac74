package se.samsyn.organisation;

import org.jspecify.annotations.Nullable;

public record OrganisationSummary(
        OrganisationId id,
        String name,
        OrganisationType type,
        @Nullable String partnerKind,
        @Nullable String municipalityCode,
        @Nullable OrganisationId parent,
        boolean active) {}
