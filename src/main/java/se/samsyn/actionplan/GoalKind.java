package se.samsyn.actionplan;

/** Effektmål, processmål, prestationsmål. Labels: {@code actionplan.goalKind.*}. */
public enum GoalKind {
    OUTCOME,
    PROCESS,
    OUTPUT
}
