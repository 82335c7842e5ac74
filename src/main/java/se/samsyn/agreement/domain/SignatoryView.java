package se.samsyn.agreement.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record SignatoryView(UUID id, String name, String function, @Nullable String organisationName,
        @Nullable String place, @Nullable LocalDate signedOn) {}
