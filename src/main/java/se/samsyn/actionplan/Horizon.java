package se.samsyn.actionplan;

/** Labels: {@code actionplan.horizon.*}. */
public enum Horizon {
    SHORT,
    LONG
}
