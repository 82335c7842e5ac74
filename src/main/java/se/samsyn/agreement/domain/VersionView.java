package se.samsyn.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.AgreementStatus;

/** One version of an agreement with all its content. {@code status} is the effective one (expired when past). */
public record VersionView(
        int number,
        AgreementStatus status,
        String title,
        LocalDate validFrom,
        LocalDate validTo,
        @Nullable String introduction,
        @Nullable String purpose,
        @Nullable String goals,
        @Nullable String organisation,
        @Nullable String followUp,
        @Nullable String changeNote,
        @Nullable String adoptedByName,
        @Nullable LocalDate adoptedOn,
        @Nullable String decisionRef,
        Instant statusChangedAt,
        List<SectionView> focusAreas,
        List<SectionView> sections,
        List<AnnexView> annexes,
        List<SteeringDocumentView> steeringDocuments,
        List<SignatoryView> signatories) {}
