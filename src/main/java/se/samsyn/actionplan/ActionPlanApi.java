package se.samsyn.actionplan;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.samsyn.actionplan.domain.ActionPlans;
import se.samsyn.shared.WorkspaceId;

/**
 * Problems and action plans for other modules (demo data, the lägesbild's "what is being done here"). The calls check
 * the current actor's role in the workspace, as the pages do.
 */
@Service
public class ActionPlanApi {

    private final ActionPlans plans;

    ActionPlanApi(ActionPlans plans) {
        this.plans = plans;
    }

    public UUID createFocusArea(WorkspaceId workspace, NewFocusArea focusArea) {
        return plans.createProblem(workspace, focusArea);
    }

    public void saveAnalysis(WorkspaceId workspace, UUID focusArea, AnalysisMethod method, String place, String victim,
            String offender, String participants, java.time.LocalDate on) {
        plans.saveAnalysis(workspace, focusArea, method, place, victim, offender, participants, on);
    }

    public UUID addCause(WorkspaceId workspace, UUID focusArea, Perspective perspective, String description,
            String evidence, Confidence confidence) {
        return plans.addCause(workspace, focusArea, perspective, description, evidence, confidence);
    }

    public UUID createPlan(WorkspaceId workspace, String title, java.time.LocalDate from, java.time.LocalDate to) {
        return plans.createPlan(workspace, title, from, to);
    }

    public UUID addMeasure(WorkspaceId workspace, UUID plan, MeasureInput measure) {
        return plans.addMeasure(workspace, plan, measure);
    }

    public UUID addGoal(WorkspaceId workspace, UUID plan, GoalInput goal) {
        return plans.addGoal(workspace, plan, goal);
    }

    public int adopt(WorkspaceId workspace, UUID plan, @org.jspecify.annotations.Nullable UUID governanceBody,
            @org.jspecify.annotations.Nullable String body, java.time.LocalDate on, String paragraf) {
        return plans.adopt(workspace, plan, governanceBody, body, on, paragraf);
    }

    public UUID recordFollowUp(WorkspaceId workspace, UUID measure, java.time.LocalDate on, String status,
            String narrative) {
        return plans.recordFollowUp(workspace, measure, on, status, narrative);
    }

    public List<FocusArea> problems(WorkspaceId workspace) {
        return plans.problems(workspace);
    }

    public List<ActionPlan> plans(WorkspaceId workspace) {
        return plans.plans(workspace);
    }

    public List<Measure> measures(WorkspaceId workspace, UUID plan) {
        return plans.measures(workspace, plan);
    }

    public List<GoalProgress> goals(WorkspaceId workspace, UUID plan) {
        return plans.goals(workspace, plan);
    }
}
