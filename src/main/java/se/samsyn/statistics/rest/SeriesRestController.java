package se.samsyn.statistics.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samsyn.geo.AreaId;
import se.samsyn.shared.Actors;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.AreaLevel;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.SeriesId;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesSummary;
import se.samsyn.statistics.SeriesValue;
import se.samsyn.statistics.Source;
import se.samsyn.statistics.domain.SeriesService;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Statistik", description = "Indicator time series: police counts, Brå statistics, survey results, other series")
class SeriesRestController {

    private final SeriesService series;

    SeriesRestController(SeriesService series) {
        this.series = series;
    }

    @GetMapping("/series")
    @Operation(summary = "The workspace's series; every filter is optional. councilCategory expands to the mapped Brå/police categories")
    List<SeriesSummary> list(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable Source source,
            @RequestParam(required = false) @Nullable AreaId areaId, @RequestParam(required = false) @Nullable String areaName,
            @RequestParam(required = false) @Nullable AreaLevel areaLevel,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String councilCategory,
            @RequestParam(required = false) @Nullable Measure measure,
            @RequestParam(required = false) @Nullable Granularity granularity) {
        Actors.current().require(workspaceId);
        return series.find(workspaceId, query(source, areaId, areaName, areaLevel, category, councilCategory, measure,
                granularity, null, null));
    }

    @GetMapping("/values")
    @Operation(summary = "Values of every series that matches the filters, ordered by series and period: for example "
            + "all police counts of one area in 2026 with areaId, source=POLICE, from=2026-01-01, to=2026-12-31",
            description = "The filters are those of GET /series, which describes the series the values name; from/to "
                    + "limit the period start (ISO dates)")
    List<SeriesValue> values(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable Source source,
            @RequestParam(required = false) @Nullable AreaId areaId, @RequestParam(required = false) @Nullable String areaName,
            @RequestParam(required = false) @Nullable AreaLevel areaLevel,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String councilCategory,
            @RequestParam(required = false) @Nullable Measure measure,
            @RequestParam(required = false) @Nullable Granularity granularity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Actors.current().require(workspaceId);
        return series.values(workspaceId, query(source, areaId, areaName, areaLevel, category, councilCategory, measure,
                granularity, from, to));
    }

    @GetMapping("/series/{seriesId}/values")
    @Operation(summary = "Values of one series by period; from/to limit the period start (ISO dates)")
    List<SeriesValue> values(@PathVariable WorkspaceId workspaceId, @PathVariable SeriesId seriesId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Actors.current().require(workspaceId);
        return series.values(workspaceId, seriesId, SeriesQuery.all().between(from, to));
    }

    private static SeriesQuery query(@Nullable Source source, @Nullable AreaId areaId, @Nullable String areaName,
            @Nullable AreaLevel areaLevel, @Nullable String category, @Nullable String councilCategory,
            @Nullable Measure measure, @Nullable Granularity granularity, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        return new SeriesQuery(source, areaId, areaName, areaLevel, category == null ? null : java.util.Set.of(category),
                councilCategory, measure, granularity, from, to);
    }
}
