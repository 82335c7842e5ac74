package se.samsyn.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samsyn.organisation.OrganisationId;

/** Who signs (or signed) for which party, in which function, where and when. */
public record NewSignatory(@Nullable String name, @Nullable String function, @Nullable OrganisationId organisation,
        @Nullable String place, @Nullable LocalDate signedOn) {}
