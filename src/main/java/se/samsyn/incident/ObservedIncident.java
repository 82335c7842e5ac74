package se.samsyn.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.geo.AreaId;

/**
 * One EST observation as analyses see it: where (point and H3 cells, null when only a place text was given), in which
 * areas, which categories, when (the interval its time accuracy allows; end exclusive, equal to start when exact), its
 * triage status and problem link. No free text and no reporter: nothing here identifies a person.
 * {@code citizen} is true for anonymous marks from the public e-service ("otrygg plats").
 */
public record ObservedIncident(
        UUID id,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable Long h3r7,
        @Nullable Long h3r9,
        List<AreaId> areaIds,
        List<String> categoryCodes,
        Instant occurredStart,
        Instant occurredEnd,
        TimeAccuracy accuracy,
        CountedStatus status,
        @Nullable UUID problemId,
        boolean citizen) {

    public ObservedIncident {
        areaIds = List.copyOf(areaIds);
        categoryCodes = List.copyOf(categoryCodes);
    }

    /** The middle of the occurrence interval: the instant used to put the observation in one period. */
    public Instant midpoint() {
        return occurredStart.plus(Duration.between(occurredStart, occurredEnd).dividedBy(2));
    }

    public boolean hasPoint() {
        return lat != null && lon != null;
    }

    /** How precisely the time of an observation is known. */
    public enum TimeAccuracy { EXACT, HOUR, PART_OF_DAY, DAY, WEEK }

    /**
     * The triage statuses that count in analyses: accepted, accepted and redacted, and closed. Submitted, under review
     * and needing information are not yet triaged (see {@link IncidentApi#awaitingTriage}); duplicates and rejected
     * reports never count.
     */
    public enum CountedStatus { ACCEPTED, REDACTED, CLOSED }
}
