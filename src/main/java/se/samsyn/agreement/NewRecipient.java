package se.samsyn.agreement;

import org.jspecify.annotations.Nullable;
import se.samsyn.organisation.OrganisationId;

/** A referral recipient: a nämnd, stadsdelsnämnd, bolag or råd by name, optionally an organisation and an e-mail address. */
public record NewRecipient(@Nullable String name, @Nullable OrganisationId organisation, @Nullable String email) {}
