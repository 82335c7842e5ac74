/**
 * Organisationer: kommuner, lokalpolisområden, förvaltningar, bolag and partners; municipality workspaces and which
 * organisations are granted access to them.
 */
@ApplicationModule(displayName = "Organisationer (organisation)", allowedDependencies = {"audit"})
@NullMarked
package se.samsyn.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
