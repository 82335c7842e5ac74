package se.samsyn.actionplan;

import java.util.List;

/** One adopted version of a plan as it was frozen at adoption: the decision and the plan's content at that moment. */
public record FrozenPlan(Adoption adoption, ActionPlan plan, List<Measure> measures, List<Goal> goals) {}
