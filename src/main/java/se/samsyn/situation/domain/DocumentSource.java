package se.samsyn.situation.domain;

import org.jspecify.annotations.Nullable;

/** A source considered for the document: used or rejected, and its limitations. */
public record DocumentSource(String name, boolean used, @Nullable String limitation) {}
