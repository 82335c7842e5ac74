package se.samsyn.incident.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.domain.AreaStatusService;
import se.samsyn.incident.domain.NilReturnService.IsoWeek;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.ForbiddenException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Veckans områdesstatus: each organisation's and the group's rating of every EST area for one ISO week. */
@Controller
class AreaStatusController {

    static final Role[] RATERS = {Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.ADMIN, Role.REPORTER};
    static final Role[] CONSENSUS = {Role.COORDINATOR, Role.ADMIN};

    record AreaRow(AreaSummary area, List<AreaStatusService.Rating> organisations,
            AreaStatusService.@Nullable Rating consensus) {}

    private final AreaStatusService status;
    private final GeoApi geo;
    private final OrganisationApi organisations;

    AreaStatusController(AreaStatusService status, GeoApi geo, OrganisationApi organisations) {
        this.status = status;
        this.geo = geo;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/reports/area-status")
    String page(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer week, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        var isoWeek = year == null || week == null ? IsoWeek.current() : new IsoWeek(year, week);
        if (isoWeek.week() < 1 || isoWeek.week() > 53) {
            throw new RuleViolationException("incident.error.nilReturnWeek");
        }
        return render(workspaceId, isoWeek, actor, model);
    }

    @PostMapping("/workspaces/{workspaceId}/reports/area-status")
    String rate(@PathVariable WorkspaceId workspaceId, @RequestParam UUID area, @RequestParam int year,
            @RequestParam int week, @RequestParam int level, @RequestParam(required = false) AreaStatusService.@Nullable Trend trend,
            @RequestParam(required = false) @Nullable String motivation,
            @RequestParam(defaultValue = "false") boolean consensus, Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, consensus ? CONSENSUS : RATERS);
        geo.area(new AreaId(area)).filter(a -> a.workspace().equals(workspaceId))
                .orElseThrow(() -> new NotFoundException("geo.error.areaNotFound"));
        var isoWeek = new IsoWeek(year, week);
        UUID organisation = consensus ? null : organisationOf(actor, workspaceId);
        try {
            status.rate(workspaceId, area, isoWeek, organisation, level, trend, motivation, actor.userId());
        } catch (RuleViolationException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return render(workspaceId, isoWeek, actor, model);
        }
        redirect.addFlashAttribute("flash", "incident.areaStatus.saved");
        return "redirect:/workspaces/" + workspaceId + "/reports/area-status?year=" + year + "&week=" + week;
    }

    @PostMapping("/workspaces/{workspaceId}/reports/area-status/scale")
    String scale(@PathVariable WorkspaceId workspaceId, @RequestParam(defaultValue = "") String levels, Model model,
            RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, CONSENSUS);
        try {
            status.configureScale(workspaceId, levels);
        } catch (RuleViolationException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("scaleText", levels);
            return render(workspaceId, IsoWeek.current(), actor, model);
        }
        redirect.addFlashAttribute("flash", "incident.areaStatus.scaleSaved");
        return "redirect:/workspaces/" + workspaceId + "/reports/area-status";
    }

    private String render(WorkspaceId workspaceId, IsoWeek week, Actor actor, Model model) {
        var estAreas = geo.areas(workspaceId, AreaType.EST_AREA);
        var areas = estAreas.isEmpty() ? geo.areas(workspaceId, null) : estAreas;
        var ratings = status.ratings(workspaceId, week).stream()
                .collect(Collectors.groupingBy(AreaStatusService.Rating::areaId));
        var rows = areas.stream().map(a -> {
            var forArea = ratings.getOrDefault(a.id().value(), List.of());
            return new AreaRow(a, forArea.stream().filter(r -> !r.consensus()).toList(),
                    forArea.stream().filter(AreaStatusService.Rating::consensus).findFirst().orElse(null));
        }).toList();
        Map<UUID, String> orgNames = organisations.organisationsIn(workspaceId).stream()
                .collect(Collectors.toMap(o -> o.id().value(), OrganisationSummary::name, (x, y) -> x));
        var scale = status.scale(workspaceId);
        var previous = week.week() > 1 ? new IsoWeek(week.year(), week.week() - 1) : new IsoWeek(week.year() - 1, 52);
        var next = week.week() < 52 ? new IsoWeek(week.year(), week.week() + 1) : new IsoWeek(week.year() + 1, 1);
        model.addAttribute("workspace", organisations.findWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("common.error.notFound")));
        model.addAttribute("week", week);
        model.addAttribute("previousWeek", previous);
        model.addAttribute("nextWeek", next);
        model.addAttribute("rows", rows);
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("scale", scale);
        model.addAttribute("levels", scale.stream().collect(Collectors.toMap(AreaStatusService.Level::level, l -> l)));
        model.addAttribute("trends", AreaStatusService.Trend.values());
        model.addAttribute("canRate", actor.hasAnyRole(workspaceId, RATERS));
        model.addAttribute("canConsensus", actor.hasAnyRole(workspaceId, CONSENSUS));
        if (!model.containsAttribute("scaleText")) {
            model.addAttribute("scaleText", scale.stream().map(l -> l.label() + ";" + l.colour())
                    .collect(Collectors.joining("\n")));
        }
        return "incident/area-status";
    }

    private static UUID organisationOf(Actor actor, WorkspaceId workspace) {
        return actor.memberships().stream()
                .filter(m -> m.workspace().equals(workspace) && List.of(RATERS).contains(m.role()))
                .map(m -> m.organisation())
                .findFirst()
                .orElseThrow(() -> new ForbiddenException("common.error.forbidden"));
    }
}
