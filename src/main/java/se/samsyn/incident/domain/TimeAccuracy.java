package se.samsyn.incident.domain;

/** How precisely the reporter knows when it happened; stored as an interval. */
public enum TimeAccuracy { EXACT, HOUR, PART_OF_DAY, DAY, WEEK }
