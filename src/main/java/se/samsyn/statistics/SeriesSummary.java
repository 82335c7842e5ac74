package se.samsyn.statistics;

import org.jspecify.annotations.Nullable;
import se.samsyn.geo.AreaId;
import se.samsyn.shared.WorkspaceId;

/** One series as other modules and the API see it. {@code areaId} is set when the area is one of the workspace's areas. */
public record SeriesSummary(
        SeriesId id,
        WorkspaceId workspace,
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
        boolean lowerIsBetter,
        int valueCount) {}
