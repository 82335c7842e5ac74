package se.samsyn.actionplan;

/** The three perspectives of the crime triangle. Labels: {@code actionplan.perspective.*}. */
public enum Perspective {
    PLACE,
    VICTIM,
    OFFENDER
}
