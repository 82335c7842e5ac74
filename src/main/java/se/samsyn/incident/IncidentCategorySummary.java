package se.samsyn.incident;

import org.jspecify.annotations.Nullable;

/** A workspace's report category as analyses label it, in the current version of its name. */
public record IncidentCategorySummary(String code, @Nullable String parentCode, String name, boolean retired) {}
