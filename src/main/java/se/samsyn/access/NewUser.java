package se.samsyn.access;

import org.jspecify.annotations.Nullable;
import se.samsyn.organisation.OrganisationId;

/** A local account to create; {@code password} is checked against the password policy. */
public record NewUser(String email, String displayName, @Nullable String password, OrganisationId organisation, boolean systemAdmin) {}
