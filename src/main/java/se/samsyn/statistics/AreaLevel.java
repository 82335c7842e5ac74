package se.samsyn.statistics;

/** The geography of a series: the whole country, a whole kommun, an area within a kommun, or a larger region. */
public enum AreaLevel {
    NATIONAL,
    MUNICIPALITY,
    AREA,
    REGION
}
