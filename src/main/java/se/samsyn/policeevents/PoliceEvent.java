package se.samsyn.policeevents;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One event notice from polisen.se. {@code publishedAt} is when the notice was published or last edited; the time of
 * the incident is in {@code name}. {@code lat}/{@code lon} is the centroid of the kommun or län ({@code precision}).
 */
public record PoliceEvent(long id, OffsetDateTime publishedAt, String name, String summary, String url, String type,
        String locationName, @Nullable Double lat, @Nullable Double lon, GpsPrecision precision,
        @Nullable String municipalityCode) {}
