package se.samsyn.incident.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.incident.domain.AgeGroup;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.OtherParty;
import se.samsyn.incident.domain.PersonalDataScreen;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.ReportView;
import se.samsyn.incident.domain.TimeAccuracy;

@Schema(name = "Report", description = "One EST report. Free text is masked where personal data was found; the original "
        + "is never returned by the API.")
record ReportResponse(
        UUID id,
        @Schema(example = "EST-2026-000123") String reference,
        UUID reporterId,
        Instant submittedAt,
        ReportStatus status,
        @Schema(description = "WGS84; absent when the reporter gave only a place text") @Nullable Double lat,
        @Nullable Double lon,
        @Schema(description = "H3 cell at resolution 9 of the point") @Nullable Long h3r9,
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
        @Schema(description = "Kinds of personal data masked in the text") List<PersonalDataScreen.Kind> personalDataKinds,
        @Nullable String redactionReason,
        @Schema(description = "The problem place this report is linked to with its duplicates") @Nullable UUID problemId,
        List<Category> categories,
        @Schema(description = "Areas containing the point, recomputed when the workspace's areas change") List<UUID> areaIds,
        @Schema(description = "Pass back as version when changing the status") long version) {

    @Schema(name = "ReportCategory")
    record Category(UUID id, String code, int version, String name,
            @Schema(description = "National common code, e.g. EST-01") String commonCode) {}

    static ReportResponse of(ReportView r) {
        return new ReportResponse(r.id(), r.reference(), r.reporterId(), r.submittedAt(), r.status(), r.lat(), r.lon(),
                r.h3r9(), r.placeText(), r.placeType(), r.occurredStart(), r.occurredEnd(), r.accuracy(), r.description(),
                r.assessment(), r.personsCount(), r.ageGroup(), r.policeNotified(), r.othersNotified(),
                r.personalDataKinds(), r.redactionReason(), r.problemId(),
                r.categories().stream().map(c -> new Category(c.id(), c.code(), c.version(), c.name(), c.commonCode()))
                        .toList(),
                r.areaIds(), r.version());
    }
}
