package se.samsyn.situation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.SituationPeriod;
import se.samsyn.situation.domain.SituationRoles;
import se.samsyn.situation.domain.SituationService;
import tools.jackson.databind.json.JsonMapper;

/** Lägesbild: the live dashboard for a workspace, areas, period and categories. Every chart and map has a table. */
@Controller
class SituationController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SituationService situation;
    private final OrganisationApi organisations;

    SituationController(SituationService situation, OrganisationApi organisations) {
        this.situation = situation;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/situation")
    String dashboard(@PathVariable WorkspaceId workspaceId,
            @RequestParam(required = false) SituationPeriod.@Nullable Kind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable List<UUID> area,
            @RequestParam(required = false) @Nullable List<String> category, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId, SituationRoles.VIEWERS);
        model.addAttribute("workspace", organisations.findWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("common.error.notFound")));
        model.addAttribute("kinds", SituationPeriod.Kind.values());
        var districts = SituationRoles.districts(actor, workspaceId);
        model.addAttribute("areas", situation.dashboardAreas(workspaceId).stream()
                .filter(a -> districts == null || districts.contains(a.id())).toList());
        model.addAttribute("categories", situation.categories(workspaceId));
        model.addAttribute("kind", period == null ? SituationPeriod.Kind.WEEK : period);
        model.addAttribute("date", date);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        Set<UUID> selectedAreas = area == null ? Set.of() : Set.copyOf(area);
        model.addAttribute("selectedAreas", selectedAreas);
        model.addAttribute("selectedCategories", category == null ? Set.of() : Set.copyOf(category));
        try {
            var scope = situation.scope(workspaceId, districts, period, date, from, to, area, category);
            var picture = situation.picture(scope, actor.hasAnyRole(workspaceId, SituationRoles.POINT_VIEWERS));
            model.addAttribute("picture", picture);
            model.addAttribute("hotspotRows", picture.hotspots().hexagons().stream().filter(h -> h.bin() != 0).toList());
            model.addAttribute("statusWeeks", picture.areaStatuses().stream()
                    .map(s -> s.isoYear() + "-W" + (s.isoWeek() < 10 ? "0" : "") + s.isoWeek()).distinct().sorted().toList());
            model.addAttribute("statusCells", picture.areaStatuses().stream().collect(Collectors.toMap(
                    s -> s.area().value() + "|" + s.isoYear() + "-W" + (s.isoWeek() < 10 ? "0" : "") + s.isoWeek(), s -> s,
                    (x, y) -> x)));
            model.addAttribute("statusAreas", picture.areaStatuses().stream().map(s -> s.area().value()).distinct().toList());
            model.addAttribute("statusAreaNames", picture.areaStatuses().stream()
                    .collect(Collectors.toMap(s -> s.area().value(), s -> s.areaName(), (x, y) -> x)));
            model.addAttribute("computedAt", picture.computedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")));
            model.addAttribute("maxHour", max(picture.weekdayHour()));
            model.addAttribute("pictureJson", JSON.writeValueAsString(picture));
        } catch (RuleViolationException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
        }
        return "situation/dashboard";
    }

    private static double max(double[][] table) {
        double max = 0;
        for (double[] row : table) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

}
