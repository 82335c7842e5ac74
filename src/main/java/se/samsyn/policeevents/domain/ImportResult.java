package se.samsyn.policeevents.domain;

public record ImportResult(int read, int inserted, int updated, int unchanged) {}
