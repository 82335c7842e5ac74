package se.samsyn.actionplan;

import org.jspecify.annotations.Nullable;

/** A municipal steering document (policy, programme, strategy) a problem relates to. */
public record SteeringDocument(String title, @Nullable String url) {}
