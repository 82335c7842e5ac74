package se.samsyn.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One report in full, text masked; the original text is only available through {@code showOriginal}. */
public record ReportView(
        UUID id,
        String reference,
        UUID workspaceId,
        UUID submissionId,
        UUID reporterId,
        Instant submittedAt,
        ReportStatus status,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable Long h3r9,
        @Nullable String placeText,
        PlaceType placeType,
        Instant occurredStart,
        Instant occurredEnd,
        TimeAccuracy accuracy,
        String description,
        Assessment assessment,
        @Nullable Integer personsCount,
        @Nullable AgeGroup ageGroup,
        PoliceNotified policeNotified,
        Set<OtherParty> othersNotified,
        List<PersonalDataScreen.Kind> personalDataKinds,
        @Nullable String redactionReason,
        @Nullable UUID problemId,
        List<ReportCategory> categories,
        List<UUID> areaIds,
        long version) {

    public record ReportCategory(UUID id, String code, int version, String name, String commonCode) {}

    public boolean personalDataFound() {
        return !personalDataKinds.isEmpty();
    }

    public boolean hasPoint() {
        return lat != null && lon != null;
    }
}
