package se.samsyn.organisation;

/** A Swedish kommun from SCB's code list, with its 2024 population. */
public record Municipality(String code, String name, String countyCode, String county, int population) {}
