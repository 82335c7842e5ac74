package se.samsyn.access;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.Membership;

public record UserSummary(
        UserId id,
        String email,
        String displayName,
        OrganisationId organisation,
        boolean systemAdmin,
        boolean active,
        @Nullable Instant lastLoginAt,
        List<Membership> memberships) {}
