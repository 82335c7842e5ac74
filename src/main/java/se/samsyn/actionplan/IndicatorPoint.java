package se.samsyn.actionplan;

/** One value of a goal's indicator over time. */
public record IndicatorPoint(String period, double value) {}
