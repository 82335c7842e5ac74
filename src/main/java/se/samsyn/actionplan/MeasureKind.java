package se.samsyn.actionplan;

/** Situational (place, opportunity) or social (people, motivation) prevention. Labels: {@code actionplan.kind.*}. */
public enum MeasureKind {
    SITUATIONAL,
    SOCIAL
}
