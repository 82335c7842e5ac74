package se.samsyn.statistics.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.SeriesId;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesSummary;
import se.samsyn.statistics.Source;
import se.samsyn.statistics.domain.SeriesService;
import tools.jackson.databind.json.JsonMapper;
import se.samsyn.statistics.domain.StatisticsRoles;

/** Statistik: the workspace's series as a filterable list; one series as a line chart with a table beside it. */
@Controller
class StatisticsController {

    static final int PAGE = 100;
    static final int CHARTS = 6;

    /** One series drawn on the overview, with its values for the table alternative. */
    record Chart(SeriesSummary s, List<se.samsyn.statistics.SeriesValue> values, String json) {}
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SeriesService series;
    private final OrganisationApi organisations;

    StatisticsController(SeriesService series, OrganisationApi organisations) {
        this.series = series;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/statistics")
    String overview(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable Source source,
            @RequestParam(required = false) @Nullable String area, @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable Measure measure, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        var query = SeriesQuery.all();
        if (source != null) {
            query = query.source(source);
        }
        if (area != null && !area.isBlank()) {
            query = query.areaName(area.strip());
        }
        if (category != null && !category.isBlank()) {
            query = query.councilCategory(category.strip());
        }
        if (measure != null) {
            query = query.measure(measure);
        }
        List<SeriesSummary> found = series.find(workspaceId, query);
        model.addAttribute("workspace", workspace(organisations, workspaceId));
        model.addAttribute("series", found.stream().limit(PAGE).toList());
        model.addAttribute("total", found.size());
        model.addAttribute("charts", found.stream().limit(CHARTS).map(f -> {
            var values = series.values(workspaceId, f.id(), SeriesQuery.all());
            return new Chart(f, values, chart(f, values));
        }).toList());
        model.addAttribute("sources", Source.values());
        model.addAttribute("measures", Measure.values());
        model.addAttribute("source", source);
        model.addAttribute("area", area);
        model.addAttribute("category", category);
        model.addAttribute("measure", measure);
        model.addAttribute("canImport", actor.hasAnyRole(workspaceId, StatisticsRoles.IMPORTERS));
        return "statistics/overview";
    }

    @GetMapping("/workspaces/{workspaceId}/statistics/series/{seriesId}")
    String series(@PathVariable WorkspaceId workspaceId, @PathVariable SeriesId seriesId, Model model) {
        Actors.current().require(workspaceId);
        var s = series.get(workspaceId, seriesId);
        var values = series.values(workspaceId, seriesId, SeriesQuery.all());
        model.addAttribute("workspace", workspace(organisations, workspaceId));
        model.addAttribute("s", s);
        model.addAttribute("values", values);
        model.addAttribute("chart", chart(s, values));
        return "statistics/series";
    }

    private static String chart(SeriesSummary s, List<se.samsyn.statistics.SeriesValue> values) {
        return JSON.writeValueAsString(java.util.Map.of(
                "label", s.categoryLabel() + " – " + s.areaName(),
                "labels", values.stream().map(v -> v.period()).toList(),
                "values", values.stream().map(v -> v.value()).toList()));
    }

    static WorkspaceSummary workspace(OrganisationApi organisations, WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }
}
