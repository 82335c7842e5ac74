package se.samsyn.policeevents;

public record TypeCount(String type, long count) {}
