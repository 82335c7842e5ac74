package se.samsyn.incident.domain;

/** Estimated age group of a gathering; never identities. */
public enum AgeGroup { CHILDREN, YOUTH, ADULTS, MIXED }
