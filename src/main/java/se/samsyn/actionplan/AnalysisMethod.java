package se.samsyn.actionplan;

/** How the causes were analysed. Labels: {@code actionplan.method.*}. */
public enum AnalysisMethod {
    CRIME_TRIANGLE,
    FISHBONE,
    EVENT_CHAIN,
    CAUSE_TREE
}
