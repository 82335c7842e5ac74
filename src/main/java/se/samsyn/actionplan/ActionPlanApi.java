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

    public UUID createProblem(WorkspaceId workspace, NewFocusArea problem) {
        return plans.createProblem(workspace, problem);
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
