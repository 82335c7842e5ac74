package se.samsyn.statistics;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samsyn.geo.AreaId;

/**
 * A filter over a workspace's series; every null field matches everything. {@code categoryCodes} matches the series'
 * own category codes (council codes for police series, Brå's names for Brå series); {@code councilCategory} expands to
 * the codes mapped to that council category. {@code from}/{@code to} limit values by period start.
 */
public record SeriesQuery(
        @Nullable Source source,
        @Nullable AreaId areaId,
        @Nullable String areaName,
        @Nullable AreaLevel areaLevel,
        @Nullable Set<String> categoryCodes,
        @Nullable String councilCategory,
        @Nullable Measure measure,
        @Nullable Granularity granularity,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static SeriesQuery all() {
        return new SeriesQuery(null, null, null, null, null, null, null, null, null, null);
    }

    public SeriesQuery source(Source s) {
        return new SeriesQuery(s, areaId, areaName, areaLevel, categoryCodes, councilCategory, measure, granularity, from, to);
    }

    public SeriesQuery area(AreaId a) {
        return new SeriesQuery(source, a, areaName, areaLevel, categoryCodes, councilCategory, measure, granularity, from, to);
    }

    public SeriesQuery areaName(String a) {
        return new SeriesQuery(source, areaId, a, areaLevel, categoryCodes, councilCategory, measure, granularity, from, to);
    }

    public SeriesQuery category(String code) {
        return new SeriesQuery(source, areaId, areaName, areaLevel, Set.of(code), councilCategory, measure, granularity, from, to);
    }

    public SeriesQuery councilCategory(String code) {
        return new SeriesQuery(source, areaId, areaName, areaLevel, categoryCodes, code, measure, granularity, from, to);
    }

    public SeriesQuery measure(Measure m) {
        return new SeriesQuery(source, areaId, areaName, areaLevel, categoryCodes, councilCategory, m, granularity, from, to);
    }

    public SeriesQuery between(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new SeriesQuery(source, areaId, areaName, areaLevel, categoryCodes, councilCategory, measure, granularity, first, last);
    }
}
