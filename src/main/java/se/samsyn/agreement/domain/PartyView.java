package se.samsyn.agreement.domain;

import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationType;

public record PartyView(OrganisationId id, String name, OrganisationType type) {}
