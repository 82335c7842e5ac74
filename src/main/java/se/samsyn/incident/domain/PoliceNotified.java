package se.samsyn.incident.domain;

public enum PoliceNotified { NO, YES_112, YES_114_14, YES_REPORT_FILED, UNKNOWN }
