package se.samsyn.agreement.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record SteeringDocumentView(UUID id, String title, @Nullable String adoptedNote, @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {}
