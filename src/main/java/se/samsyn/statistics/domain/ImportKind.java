package se.samsyn.statistics.domain;

/** What an import reads. Labels: {@code statistics.kind.*}. */
public enum ImportKind {
    POLICE,
    BRA,
    SURVEY,
    OTHER
}
