/**
 * Behörigheter: user accounts, roles per organisation and workspace, login (local passwords and OIDC), login
 * throttling and personal API tokens. Builds the {@link se.samsyn.shared.Actor} every other module authorises against.
 */
@ApplicationModule(displayName = "Behörigheter (access)", allowedDependencies = {"organisation", "audit", "geo"})
@NullMarked
package se.samsyn.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
