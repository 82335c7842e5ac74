package se.samsyn.access.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.Role;

/** Ny person: what a coordinator types to create a local account with its first role. */
record NewPersonForm(
        @Nullable String email,
        @Nullable String displayName,
        @Nullable UUID organisation,
        @Nullable String password,
        @Nullable Role role,
        @Nullable UUID district) {

    static NewPersonForm empty() {
        return new NewPersonForm(null, null, null, null, Role.READER, null);
    }

    /** The form as shown again after an error: everything but the password is kept. */
    NewPersonForm withoutPassword() {
        return new NewPersonForm(email, displayName, organisation, null, role, district);
    }
}
