package se.samsyn.incident.domain;

/** The reporter's own judgement (EMBRACE: "gör en egen bedömning"). */
public enum Assessment { INSECURITY_CREATING, NOT_INSECURITY_CREATING, UNCERTAIN }
