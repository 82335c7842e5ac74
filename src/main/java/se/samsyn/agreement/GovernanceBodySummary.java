package se.samsyn.agreement;

public record GovernanceBodySummary(GovernanceBodyId id, String name, BodyKind kind, boolean retired) {}
