package se.samsyn.situation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.geo.AreaId;

/**
 * Everything the lägesbild dashboard shows for one {@link SituationScope}, computed at {@code computedAt}. It is a plain
 * value: a situation-picture document can store it (as JSON) to freeze its data section.
 *
 * @param confidence overall confidence label for the picture (counts and reporter coverage)
 * @param weekdayHour 7 × 24 table (Monday first, hours 0–23 local time); uncertain times spread aoristically
 * @param points individual observations; empty unless the viewer may see points ({@code pointsShown})
 */
public record SituationPicture(
        SituationScope scope,
        Instant computedAt,
        Confidence confidence,
        Totals totals,
        List<CategoryCount> categories,
        List<AreaCount> areas,
        Timeline timeline,
        List<ExternalSeries> sources,
        double[][] weekdayHour,
        Hotspots hotspots,
        List<Rising> wrongDirection,
        List<PerceivedVsReported> perceivedVsReported,
        List<PerceivedPlace> perceivedPlaces,
        List<StatusCell> areaStatuses,
        List<Coverage> coverage,
        boolean pointsShown,
        List<Point> points) {

    /** Counts below this are flagged as small wherever they are shown. */
    public static final int SMALL = 5;

    public enum Level { HIGH, MEDIUM, LOW }

    /** A confidence label with the facts behind it: observations counted and the share of area-weeks with reporting. */
    public record Confidence(Level level, long observations, double coverageShare) {}

    /**
     * A count against a reference period. {@code pValue} is the two-sided exact conditional (binomial) test of equal
     * Poisson rates given the period lengths; {@code significant} means p &lt; 0.05. {@code comparable} is false when the
     * reference period starts before the workspace's first observation (no data, not "zero"): then nothing is tested.
     */
    public record Change(long current, long reference, @Nullable Double percent, double pValue, boolean significant,
            boolean comparable) {}

    /**
     * {@code comparedDays} is set while the period is still running: the changes then compare its first so many days
     * with the first so many days of the reference periods.
     */
    public record Totals(long observations, long awaitingTriage, long withPoint, long citizenMarks, Change previousPeriod,
            Change sameLastYear, SituationPeriod previous, SituationPeriod lastYear, boolean small,
            @Nullable Long comparedDays) {}

    public record CategoryCount(String code, String name, long count, Change previousPeriod, Change sameLastYear,
            boolean small) {}

    public record AreaCount(AreaId area, String name, double areaKm2, long count, Change previousPeriod, Change sameLastYear,
            boolean small, Confidence confidence) {}

    /** Observations per bucket (ISO week or month) over the timeline; {@code small} per bucket. */
    public record Timeline(String granularity, List<String> labels, List<Long> counts) {}

    /** A statistics series aligned to the months of {@code labels}; null where it has no value. */
    public record ExternalSeries(String source, String label, String measure, String unit, List<String> labels,
            List<@Nullable Double> values) {}

    /**
     * One H3 resolution-9 cell with observations or a significant Gi* result. {@code bin} is −3…3: ±3/±2/±1 = hot or cold
     * spot at 99/95/90 % confidence after Benjamini–Hochberg correction, 0 = not significant. {@code count} is null when
     * suppressed (fewer than 3 observations and the viewer may not see points).
     */
    public record Hexagon(String cell, @Nullable Long count, double z, double pValue, double qValue, int bin,
            List<double[]> boundary) {}

    /**
     * The Gi* analysis. {@code ran} is false with a {@code reason} message key when it was not run (too few observations
     * with a point, or a study region too large).
     */
    public record Hotspots(boolean ran, @Nullable String reason, int studyCells, long observationsWithPoint, int hot,
            int cold, List<Hexagon> hexagons) {}

    /**
     * An area × category whose count in the period is compared with the four periods before it (exact conditional test,
     * Benjamini–Hochberg across all pairs). Listed when it rose; {@code significant} when q &lt; 0.05.
     */
    public record Rising(AreaId area, String areaName, String categoryCode, String categoryName, long current,
            long baseline, double expected, double pValue, double qValue, boolean significant) {}

    public enum Mismatch { FEELS_UNSAFE_FEW_REPORTS, MANY_REPORTS_FEELS_SAFE, NONE, UNKNOWN }

    /** Perceived (survey index, citizen marks) next to reported (EST reports per km²) per area. */
    public record PerceivedVsReported(AreaId area, String name, long reports, double reportsPerKm2, long citizenMarks,
            @Nullable Double surveyIndex, @Nullable String surveyPeriod, Mismatch mismatch) {}

    /**
     * A place (H3 resolution-9 cell, its centre) that citizens marked as unsafe at least 3 times in the period, with the
     * EST observations in the cell and its six neighbours; or a hotspot cell that no citizen marked nearby while the
     * citizen channel was in use.
     */
    public record PerceivedPlace(String cell, double lat, double lon, long citizenMarks, long reportsNearby,
            Mismatch mismatch) {}

    public record StatusCell(AreaId area, String areaName, int isoYear, int isoWeek, int level, String label, String colour,
            String trend) {}

    /** Reporting effort per area over the period's ISO weeks. {@code area} null = reporters without a district. */
    public record Coverage(@Nullable AreaId area, String name, int weeks, int coveredWeeks, int reporterWeeks,
            int nilReturns) {}

    /** One observation for viewers allowed to see points; no free text. */
    public record Point(double lat, double lon, List<String> categoryCodes, Instant occurredStart, String accuracy) {}
}
