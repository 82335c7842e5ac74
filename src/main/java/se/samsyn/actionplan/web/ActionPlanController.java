package se.samsyn.actionplan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.actionplan.AnalysisMethod;
import se.samsyn.actionplan.Cause;
import se.samsyn.actionplan.Confidence;
import se.samsyn.actionplan.GoalInput;
import se.samsyn.actionplan.GoalKind;
import se.samsyn.actionplan.Horizon;
import se.samsyn.actionplan.MeasureKind;
import se.samsyn.actionplan.NewFocusArea;
import se.samsyn.actionplan.Perspective;
import se.samsyn.actionplan.FocusArea;
import se.samsyn.actionplan.StatusScale;
import se.samsyn.actionplan.SteeringDocument;
import se.samsyn.actionplan.domain.ActionPlanRoles;
import se.samsyn.actionplan.domain.ActionPlans;
import se.samsyn.actionplan.domain.Hotspots;
import se.samsyn.actionplan.domain.Reminders;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actors;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.SamsynException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.StatisticsApi;

/**
 * Problems, cause analyses and action plans: the overview, a problem with its cause analysis, a plan in Brå's form
 * with goals, adoption and history, and a measure with its edit form and follow-ups.
 */
@Controller
class ActionPlanController {

    private final ActionPlans plans;
    private final OrganisationApi organisations;
    private final GeoApi geo;
    private final StatisticsApi statistics;
    private final Reminders reminders;
    private final IncidentApi incidents;
    private final Hotspots hotspots;

    ActionPlanController(ActionPlans plans, OrganisationApi organisations, GeoApi geo, StatisticsApi statistics,
            Reminders reminders, IncidentApi incidents, Hotspots hotspots) {
        this.plans = plans;
        this.hotspots = hotspots;
        this.incidents = incidents;
        this.reminders = reminders;
        this.organisations = organisations;
        this.geo = geo;
        this.statistics = statistics;
    }

    // ---- overview

    /** With {@code hotspot} (an H3 cell from the lägesbild), the new focus area is filled in from that hotspot. */
    @GetMapping("/workspaces/{workspaceId}/action-plans")
    String overview(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable String hotspot,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model) {
        Actors.current().require(workspaceId);
        if (hotspot != null && !hotspot.isBlank()) {
            var prefill = hotspots.prefill(workspaceId, hotspot.strip(), from, to);
            if (prefill != null) {
                model.addAttribute("problemTitle", "Hotspot " + String.join(", ", prefill.areaNames()));
                model.addAttribute("selectedAreas", prefill.areaIds());
                model.addAttribute("sourceSituation", prefill.source());
            }
        }
        return overviewPage(workspaceId, model);
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/problems")
    String createProblem(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo,
            @RequestParam(required = false) @Nullable Integer priority,
            @RequestParam(required = false) @Nullable List<UUID> areaIds,
            @RequestParam(required = false) @Nullable String documentTitle,
            @RequestParam(required = false) @Nullable String documentUrl,
            @RequestParam(required = false) @Nullable String sourceSituation, Model model, RedirectAttributes redirect) {
        List<SteeringDocument> docs = documentTitle == null || documentTitle.isBlank() ? List.of()
                : List.of(new SteeringDocument(documentTitle.strip(), documentUrl == null || documentUrl.isBlank() ? null : documentUrl.strip()));
        try {
            UUID id = plans.createProblem(workspaceId, new NewFocusArea(title, description, periodFrom, periodTo, priority,
                    areaIds == null ? List.of() : areaIds, null, sourceSituation, docs));
            redirect.addFlashAttribute("flash", "actionplan.problem.saved");
            return "redirect:/workspaces/" + workspaceId + "/action-plans/problems/" + id;
        } catch (RuleViolationException e) {
            error(model, e);
            model.addAttribute("problemTitle", title);
            model.addAttribute("problemDescription", description);
            return overviewPage(workspaceId, model);
        }
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/plans")
    String createPlan(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo,
            Model model, RedirectAttributes redirect) {
        try {
            UUID id = plans.createPlan(workspaceId, title, periodFrom, periodTo);
            redirect.addFlashAttribute("flash", "actionplan.plan.saved");
            return "redirect:/workspaces/" + workspaceId + "/action-plans/plans/" + id;
        } catch (RuleViolationException e) {
            error(model, e);
            model.addAttribute("planTitle", title);
            return overviewPage(workspaceId, model);
        }
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/settings")
    String settings(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable StatusScale scale,
            RedirectAttributes redirect) {
        plans.changeScale(workspaceId, scale);
        redirect.addFlashAttribute("flash", "actionplan.settings.saved");
        return "redirect:/workspaces/" + workspaceId + "/action-plans";
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/reminders")
    String sendReminders(@PathVariable WorkspaceId workspaceId, RedirectAttributes redirect) {
        reminders.sendNow(workspaceId);
        redirect.addFlashAttribute("flash", "actionplan.reminders.sent");
        return "redirect:/workspaces/" + workspaceId + "/action-plans";
    }

    private String overviewPage(WorkspaceId ws, Model model) {
        var actor = Actors.current();
        if (!model.containsAttribute("selectedAreas")) {
            model.addAttribute("selectedAreas", List.of());
        }
        model.addAttribute("workspace", workspace(ws));
        model.addAttribute("problems", plans.problems(ws));
        model.addAttribute("plans", plans.plans(ws));
        model.addAttribute("due", plans.due(ws, LocalDate.now(), 30));
        model.addAttribute("areas", geo.areas(ws, null));
        model.addAttribute("scale", plans.scale(ws));
        model.addAttribute("scales", StatusScale.values());
        model.addAttribute("canEdit", actor.hasAnyRole(ws, ActionPlanRoles.EDITORS));
        model.addAttribute("canConfigure", actor.hasAnyRole(ws, Role.ADMIN, Role.COORDINATOR));
        return "actionplan/overview";
    }

    // ---- problem and cause analysis

    @GetMapping("/workspaces/{workspaceId}/action-plans/problems/{problemId}")
    String problem(@PathVariable WorkspaceId workspaceId, @PathVariable UUID problemId, Model model) {
        return problemPage(workspaceId, problemId, model);
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/problems/{problemId}/analysis")
    String saveAnalysis(@PathVariable WorkspaceId workspaceId, @PathVariable UUID problemId,
            @RequestParam(required = false) @Nullable AnalysisMethod method,
            @RequestParam(required = false) @Nullable String place, @RequestParam(required = false) @Nullable String victim,
            @RequestParam(required = false) @Nullable String offender,
            @RequestParam(required = false) @Nullable String participants,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate analysedOn,
            Model model, RedirectAttributes redirect) {
        try {
            plans.saveAnalysis(workspaceId, problemId, method, place, victim, offender, participants, analysedOn);
        } catch (RuleViolationException e) {
            error(model, e);
            return problemPage(workspaceId, problemId, model);
        }
        redirect.addFlashAttribute("flash", "actionplan.analysis.saved");
        return "redirect:/workspaces/" + workspaceId + "/action-plans/problems/" + problemId;
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/problems/{problemId}/causes")
    String addCause(@PathVariable WorkspaceId workspaceId, @PathVariable UUID problemId,
            @RequestParam(required = false) @Nullable Perspective perspective,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String evidence,
            @RequestParam(required = false) @Nullable Confidence confidence, Model model, RedirectAttributes redirect) {
        try {
            plans.addCause(workspaceId, problemId, perspective, description, evidence, confidence);
        } catch (RuleViolationException e) {
            error(model, e);
            model.addAttribute("causeDescription", description);
            return problemPage(workspaceId, problemId, model);
        }
        redirect.addFlashAttribute("flash", "actionplan.cause.saved");
        return "redirect:/workspaces/" + workspaceId + "/action-plans/problems/" + problemId;
    }

    private String problemPage(WorkspaceId ws, UUID problemId, Model model) {
        FocusArea problem = plans.problem(ws, problemId);
        Map<UUID, String> areaNames = geo.areas(ws, null).stream()
                .collect(Collectors.toMap(a -> a.id().value(), a -> a.name(), (x, y) -> x));
        model.addAttribute("workspace", workspace(ws));
        model.addAttribute("problem", problem);
        model.addAttribute("areaNames", problem.areaIds().stream().map(id -> areaNames.getOrDefault(id, id.toString())).toList());
        model.addAttribute("analysis", plans.analysis(ws, problemId));
        model.addAttribute("causes", plans.causes(ws, problemId));
        model.addAttribute("methods", AnalysisMethod.values());
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("canEdit", Actors.current().hasAnyRole(ws, ActionPlanRoles.EDITORS));
        return "actionplan/problem";
    }

    // ---- plan

    @GetMapping("/workspaces/{workspaceId}/action-plans/plans/{planId}")
    String plan(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId, Model model) {
        return planPage(workspaceId, planId, MeasureForm.empty(), model);
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/plans/{planId}/measures")
    String addMeasure(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId, @ModelAttribute MeasureForm form,
            Model model, RedirectAttributes redirect) {
        try {
            plans.addMeasure(workspaceId, planId, form.toInput());
        } catch (RuleViolationException e) {
            error(model, e);
            return planPage(workspaceId, planId, form, model);
        }
        redirect.addFlashAttribute("flash", "actionplan.measure.saved");
        return "redirect:/workspaces/" + workspaceId + "/action-plans/plans/" + planId;
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/plans/{planId}/goals")
    String addGoal(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable GoalKind kind, @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable UUID measureId, @RequestParam(required = false) @Nullable UUID seriesId,
            @RequestParam(required = false) @Nullable String estCategory,
            @RequestParam(required = false) @Nullable UUID estAreaId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate baselineFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate baselineTo,
            @RequestParam(required = false) @Nullable Double targetChangePercent,
            @RequestParam(required = false) @Nullable Double targetValue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate targetDate,
            Model model, RedirectAttributes redirect) {
        try {
            plans.addGoal(workspaceId, planId, new GoalInput(measureId, kind, text, seriesId, estCategory, estAreaId,
                    baselineFrom, baselineTo,
                    targetChangePercent, targetValue, targetDate));
        } catch (RuleViolationException e) {
            error(model, e);
            model.addAttribute("goalText", text);
            return planPage(workspaceId, planId, MeasureForm.empty(), model);
        }
        redirect.addFlashAttribute("flash", "actionplan.goal.saved");
        return "redirect:/workspaces/" + workspaceId + "/action-plans/plans/" + planId;
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/plans/{planId}/adoption")
    String adopt(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable UUID governanceBodyId,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
            @RequestParam(required = false) @Nullable String paragraf, Model model, RedirectAttributes redirect) {
        try {
            plans.adopt(workspaceId, planId, governanceBodyId, body, decidedOn, paragraf);
        } catch (RuleViolationException e) {
            error(model, e);
            return planPage(workspaceId, planId, MeasureForm.empty(), model);
        }
        redirect.addFlashAttribute("flash", "actionplan.adopt.saved");
        return "redirect:/workspaces/" + workspaceId + "/action-plans/plans/" + planId;
    }

    private String planPage(WorkspaceId ws, UUID planId, MeasureForm form, Model model) {
        var actor = Actors.current();
        var plan = plans.plan(ws, planId);
        var measures = plans.measures(ws, planId);
        var goals = plans.goals(ws, planId);
        Map<UUID, Cause> causes = plans.allCauses(ws).stream().collect(Collectors.toMap(Cause::id, Function.identity()));
        Map<UUID, String> problemTitles = plans.problems(ws).stream()
                .collect(Collectors.toMap(FocusArea::id, FocusArea::title));
        Map<UUID, String> latest = new LinkedHashMap<>();
        for (var m : measures) {
            plans.followUps(ws, m.id()).stream().findFirst().ifPresent(f -> latest.put(m.id(), f.status()));
        }
        List<Map<String, String>> chartData = new ArrayList<>();
        model.addAttribute("workspace", workspace(ws));
        model.addAttribute("plan", plan);
        model.addAttribute("measures", measures);
        model.addAttribute("goals", goals);
        model.addAttribute("causes", causes);
        model.addAttribute("causeList", causes.values().stream()
                .sorted(java.util.Comparator.comparing((Cause c) -> problemTitles.getOrDefault(c.problemId(), ""))
                        .thenComparing(Cause::number)).toList());
        model.addAttribute("problemTitles", problemTitles);
        model.addAttribute("latest", latest);
        model.addAttribute("organisations", organisationNames(ws));
        model.addAttribute("series", statistics.series(ws, SeriesQuery.all()));
        model.addAttribute("estCategories", incidents.categories(ws).stream().filter(c -> !c.retired()).toList());
        model.addAttribute("areas", geo.areas(ws, null));
        model.addAttribute("bodies", plans.bodies(ws));
        model.addAttribute("adoptions", plans.adoptions(ws, planId));
        model.addAttribute("history", plans.history(ws, planId));
        model.addAttribute("form", form);
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("horizons", Horizon.values());
        model.addAttribute("goalKinds", GoalKind.values());
        model.addAttribute("chartData", chartData);
        model.addAttribute("canEdit", actor.hasAnyRole(ws, ActionPlanRoles.EDITORS));
        model.addAttribute("canAdopt", actor.hasAnyRole(ws, ActionPlanRoles.ADOPTERS));
        return "actionplan/plan";
    }

    @GetMapping("/workspaces/{workspaceId}/action-plans/plans/{planId}/versions/{revision}")
    String frozen(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId, @PathVariable int revision,
            Model model) {
        var frozen = plans.frozen(workspaceId, planId, revision);
        Map<UUID, Cause> causes = plans.allCauses(workspaceId).stream()
                .collect(Collectors.toMap(Cause::id, Function.identity()));
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("frozen", frozen);
        model.addAttribute("causes", causes);
        model.addAttribute("organisations", organisationNames(workspaceId));
        return "actionplan/frozen";
    }

    // ---- measure

    @GetMapping("/workspaces/{workspaceId}/action-plans/measures/{measureId}")
    String measure(@PathVariable WorkspaceId workspaceId, @PathVariable UUID measureId, Model model) {
        return measurePage(workspaceId, measureId, null, model);
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/measures/{measureId}")
    String updateMeasure(@PathVariable WorkspaceId workspaceId, @PathVariable UUID measureId,
            @ModelAttribute MeasureForm form, Model model, RedirectAttributes redirect) {
        try {
            plans.updateMeasure(workspaceId, measureId, form.version() == null ? -1 : form.version(), form.toInput());
        } catch (RuleViolationException | ConflictException e) {
            error(model, e);
            return measurePage(workspaceId, measureId, form, model);
        }
        redirect.addFlashAttribute("flash", "actionplan.measure.saved");
        return "redirect:/workspaces/" + workspaceId + "/action-plans/measures/" + measureId;
    }

    @PostMapping("/workspaces/{workspaceId}/action-plans/measures/{measureId}/follow-ups")
    String followUp(@PathVariable WorkspaceId workspaceId, @PathVariable UUID measureId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reportedOn,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String narrative, Model model, RedirectAttributes redirect) {
        try {
            plans.recordFollowUp(workspaceId, measureId, reportedOn, status, narrative);
        } catch (RuleViolationException e) {
            error(model, e);
            model.addAttribute("narrative", narrative);
            return measurePage(workspaceId, measureId, null, model);
        }
        redirect.addFlashAttribute("flash", "actionplan.followUp.saved");
        return "redirect:/workspaces/" + workspaceId + "/action-plans/measures/" + measureId;
    }

    private String measurePage(WorkspaceId ws, UUID measureId, @Nullable MeasureForm form, Model model) {
        var actor = Actors.current();
        var measure = plans.measure(ws, measureId);
        var plan = plans.plan(ws, measure.planId());
        Map<UUID, String> problemTitles = plans.problems(ws).stream()
                .collect(Collectors.toMap(FocusArea::id, FocusArea::title));
        model.addAttribute("workspace", workspace(ws));
        model.addAttribute("plan", plan);
        model.addAttribute("measure", measure);
        model.addAttribute("form", form != null ? form : MeasureForm.of(measure));
        model.addAttribute("causeList", plans.allCauses(ws));
        model.addAttribute("problemTitles", problemTitles);
        model.addAttribute("organisations", organisationNames(ws));
        model.addAttribute("followUps", plans.followUps(ws, measureId));
        model.addAttribute("scale", plans.scale(ws));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("horizons", Horizon.values());
        model.addAttribute("canEdit", actor.hasAnyRole(ws, ActionPlanRoles.EDITORS));
        model.addAttribute("canReport", actor.hasAnyRole(ws, ActionPlanRoles.REPORTERS));
        return "actionplan/measure";
    }

    private Map<UUID, String> organisationNames(WorkspaceId ws) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (OrganisationSummary o : organisations.organisationsIn(ws)) {
            names.put(o.id().value(), o.name());
        }
        return names;
    }

    private WorkspaceSummary workspace(WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

    private static void error(Model model, SamsynException e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
    }
}
