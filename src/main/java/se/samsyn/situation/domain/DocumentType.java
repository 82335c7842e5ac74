package se.samsyn.situation.domain;

/** Kinds of lägesbild document. STATUTORY is the one Lag (2023:196) requires at least every second year. */
public enum DocumentType { WEEKLY, MONTHLY, TERTIAL, QUARTERLY, ANNUAL, STATUTORY, JOINT, IN_DEPTH }
