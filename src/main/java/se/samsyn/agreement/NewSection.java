package se.samsyn.agreement;

import org.jspecify.annotations.Nullable;

/** A focus area (title, description, målsättning) or another text section of an agreement. */
public record NewSection(@Nullable String title, @Nullable String body, @Nullable String goal) {}
