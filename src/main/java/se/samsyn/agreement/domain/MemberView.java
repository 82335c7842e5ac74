package se.samsyn.agreement.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.MemberRole;

public record MemberView(UUID id, String personName, @Nullable String organisationName, MemberRole role) {}
