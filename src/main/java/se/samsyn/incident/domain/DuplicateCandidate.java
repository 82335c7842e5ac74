package se.samsyn.incident.domain;

/** An earlier report of a shared category near in place and time, suggested as the same problem. */
public record DuplicateCandidate(ReportRow report, int distanceMetres) {}
