package se.samsyn.actionplan;

/** How well a cause is supported by evidence. Labels: {@code actionplan.confidence.*}. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}
