package se.samsyn.actionplan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samsyn.actionplan.domain.ActionPlans;
import se.samsyn.actionplan.domain.EffectEvaluations;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Effektutvärdering of one measure: choose target and comparison areas, see before/after and displacement. */
@Controller
class EffectEvaluationController {

    private final ActionPlans plans;
    private final EffectEvaluations evaluations;
    private final GeoApi geo;
    private final IncidentApi incidents;
    private final OrganisationApi organisations;

    EffectEvaluationController(ActionPlans plans, EffectEvaluations evaluations, GeoApi geo, IncidentApi incidents,
            OrganisationApi organisations) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.geo = geo;
        this.incidents = incidents;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/action-plans/measures/{measureId}/evaluation")
    String evaluation(@PathVariable WorkspaceId workspaceId, @PathVariable UUID measureId,
            @RequestParam(required = false) @Nullable List<UUID> target,
            @RequestParam(required = false) @Nullable List<UUID> comparison,
            @RequestParam(required = false) @Nullable String category, Model model) {
        var measure = plans.measure(workspaceId, measureId);
        model.addAttribute("workspace", organisations.findWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("common.error.notFound")));
        model.addAttribute("measure", measure);
        model.addAttribute("areas", geo.areas(workspaceId, null));
        model.addAttribute("categories", incidents.categories(workspaceId).stream().filter(c -> !c.retired()).toList());
        model.addAttribute("target", target == null ? List.of() : target);
        model.addAttribute("comparison", comparison == null ? List.of() : comparison);
        model.addAttribute("category", category);
        if (target != null || comparison != null) {
            try {
                model.addAttribute("result", evaluations.evaluate(workspaceId, measureId,
                        target == null ? List.of() : target, comparison == null ? List.of() : comparison, category,
                        LocalDate.now()));
            } catch (RuleViolationException e) {
                model.addAttribute("errorKey", e.messageKey());
                model.addAttribute("errorArgs", e.arguments());
            }
        }
        return "actionplan/evaluation";
    }
}
