package se.samsyn.actionplan.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samsyn.actionplan.FollowUp;
import se.samsyn.actionplan.GoalProgress;
import se.samsyn.actionplan.Horizon;
import se.samsyn.actionplan.Measure;
import se.samsyn.actionplan.MeasureInput;
import se.samsyn.actionplan.MeasureKind;
import se.samsyn.actionplan.ActionPlan;
import se.samsyn.actionplan.PlanChange;
import se.samsyn.actionplan.domain.ActionPlans;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Åtgärdsplaner", description = "Action plans, their measures and goals, and follow-ups of measures")
class ActionPlanRestController {

    record PlanDetail(ActionPlan plan, List<Measure> measures, List<GoalProgress> goals, List<PlanChange> history) {}

    record FollowUpRequest(@Nullable LocalDate reportedOn, @Nullable String status, @Nullable String narrative) {}

    record MeasureRequest(@Nullable String title, @Nullable MeasureKind kind, @Nullable Horizon horizon,
            @Nullable Boolean ordinaryWork, @Nullable String partners, @Nullable LocalDate start, @Nullable LocalDate due,
            @Nullable Integer order, @Nullable BigDecimal budget, @Nullable String financing, @Nullable UUID responsible,
            @Nullable String contactName, @Nullable String contactEmail, @Nullable Boolean affectsChildren,
            @Nullable String childAssessment, @Nullable String childReason, @Nullable List<UUID> causeIds,
            @Nullable String reason) {

        MeasureInput toInput() {
            return new MeasureInput(title, kind, horizon, Boolean.TRUE.equals(ordinaryWork), partners, start, due, order,
                    budget, financing, responsible, contactName, contactEmail, Boolean.TRUE.equals(affectsChildren),
                    childAssessment, childReason, causeIds == null ? List.of() : causeIds, reason);
        }
    }

    record MeasureUpdate(@Nullable Long version, @Nullable MeasureRequest measure) {}

    private final ActionPlans plans;

    ActionPlanRestController(ActionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/action-plans")
    List<ActionPlan> plans(@PathVariable WorkspaceId workspaceId) {
        return plans.plans(workspaceId);
    }

    @GetMapping("/action-plans/{planId}")
    PlanDetail plan(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId) {
        return new PlanDetail(plans.plan(workspaceId, planId), plans.measures(workspaceId, planId),
                plans.goals(workspaceId, planId), plans.history(workspaceId, planId));
    }

    @GetMapping("/action-plans/{planId}/measures")
    List<Measure> measures(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId) {
        return plans.measures(workspaceId, planId);
    }

    @GetMapping("/measures/{measureId}")
    Measure measure(@PathVariable WorkspaceId workspaceId, @PathVariable UUID measureId) {
        return plans.measure(workspaceId, measureId);
    }

    /** Changes a measure; {@code version} must be the one read, or the answer is 409 and nothing is overwritten. */
    @PutMapping("/measures/{measureId}")
    Measure updateMeasure(@PathVariable WorkspaceId workspaceId, @PathVariable UUID measureId,
            @RequestBody MeasureUpdate body) {
        plans.measure(workspaceId, measureId);
        if (body.version() == null || body.measure() == null) {
            throw new RuleViolationException("actionplan.measure.versionRequired");
        }
        plans.updateMeasure(workspaceId, measureId, body.version(), body.measure().toInput());
        return plans.measure(workspaceId, measureId);
    }

    @GetMapping("/measures/{measureId}/follow-ups")
    List<FollowUp> followUps(@PathVariable WorkspaceId workspaceId, @PathVariable UUID measureId) {
        return plans.followUps(workspaceId, measureId);
    }

    @PostMapping("/measures/{measureId}/follow-ups")
    ResponseEntity<FollowUp> createFollowUp(@PathVariable WorkspaceId workspaceId, @PathVariable UUID measureId,
            @RequestBody FollowUpRequest body) {
        UUID id = plans.recordFollowUp(workspaceId, measureId, body.reportedOn(), body.status(), body.narrative());
        FollowUp created = plans.followUps(workspaceId, measureId).stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/measures/" + measureId
                + "/follow-ups")).body(created);
    }
}
