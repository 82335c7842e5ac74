package se.samsyn.incident;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One observation for {@link IncidentApi#fileTriaged}: a point (or a place text), when, one category code, a short
 * description without personal data, and the triage outcome to apply. {@code partOfDay} is NIGHT, MORNING, DAY or
 * EVENING when {@code accuracy} is PART_OF_DAY; {@code time} is needed for EXACT and HOUR.
 */
public record ObservationDraft(
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable String placeText,
        LocalDate date,
        ObservedIncident.TimeAccuracy accuracy,
        @Nullable LocalTime time,
        @Nullable String partOfDay,
        String categoryCode,
        String description,
        Outcome outcome) {

    /** What the coordinator does with the report after it was filed. */
    public enum Outcome { SUBMITTED, ACCEPTED, CLOSED, REJECTED }
}
