package se.samsyn.statistics;

/** Where a series comes from. Labels: {@code statistics.source.*}. */
public enum Source {
    POLICE,
    BRA,
    SURVEY,
    OTHER
}
