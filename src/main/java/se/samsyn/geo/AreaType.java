package se.samsyn.geo;

/** Kinds of area. Labels: {@code geo.type.*}. */
public enum AreaType {
    MUNICIPALITY,
    DISTRICT,
    EST_AREA,
    VULNERABLE_AREA,
    SURVEY_AREA,
    CUSTOM
}
