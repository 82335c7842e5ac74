package se.samsyn.incident.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One observation as the reporter sends it, from the form or the API. */
public record NewObservation(
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable String placeText,
        @Nullable PlaceType placeType,
        @Nullable LocalDate date,
        @Nullable LocalTime time,
        @Nullable TimeAccuracy accuracy,
        @Nullable PartOfDay partOfDay,
        List<UUID> categoryIds,
        @Nullable String description,
        @Nullable Assessment assessment,
        @Nullable Integer personsCount,
        @Nullable AgeGroup ageGroup,
        @Nullable PoliceNotified policeNotified,
        Set<OtherParty> othersNotified,
        List<byte[]> photos) {}
