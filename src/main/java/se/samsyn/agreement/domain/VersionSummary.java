package se.samsyn.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.AgreementStatus;

public record VersionSummary(int number, AgreementStatus status, @Nullable String changeNote, @Nullable LocalDate adoptedOn,
        Instant statusChangedAt) {}
