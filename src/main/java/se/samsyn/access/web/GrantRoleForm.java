package se.samsyn.access.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.Role;

record GrantRoleForm(@Nullable Role role, @Nullable UUID organisation, @Nullable UUID district) {}
