package se.samsyn.statistics;

import org.jspecify.annotations.Nullable;
import se.samsyn.geo.AreaId;

/** A series to find or create; the same source, category, measure, granularity and area give the same series. */
public record NewSeries(
        Source source,
        String categoryCode,
        String categoryLabel,
        Measure measure,
        String unit,
        Granularity granularity,
        AreaLevel areaLevel,
        @Nullable String municipalityCode,
        @Nullable AreaId areaId,
        String areaName,
        boolean lowerIsBetter) {

    public String key() {
        return String.join("|", source.name(), categoryCode, measure.name(), granularity.name(),
                municipalityCode == null ? "" : municipalityCode, areaName.toLowerCase(java.util.Locale.ROOT));
    }
}
