package se.samsyn.organisation.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.organisation.OrganisationSummary;

/** An organisation as the administration form edits it: the summary plus what only the form needs. */
public record OrganisationDetails(OrganisationSummary summary, @Nullable String orgNumber, long version,
        List<String> servedMunicipalityCodes) {}
