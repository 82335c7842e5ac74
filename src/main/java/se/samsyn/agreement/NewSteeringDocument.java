package se.samsyn.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A municipal styrdokument the agreement links to, with its own period and where it was adopted. */
public record NewSteeringDocument(@Nullable String title, @Nullable String adoptedNote, @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {}
