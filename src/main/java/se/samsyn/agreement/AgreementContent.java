package se.samsyn.agreement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.organisation.OrganisationId;

/**
 * The editable heading and text of an agreement version, as a form or an import gives it. Missing values are checked by
 * the service and reported with message keys.
 */
public record AgreementContent(
        @Nullable String title,
        @Nullable AgreementLevel level,
        List<OrganisationId> parties,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String introduction,
        @Nullable String purpose,
        @Nullable String goals,
        @Nullable String organisation,
        @Nullable String followUp,
        @Nullable AgreementId parent,
        @Nullable AgreementId replaces,
        @Nullable String changeNote) {}
