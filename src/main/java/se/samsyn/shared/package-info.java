/**
 * Gemensamt: value types, the exception hierarchy and the acting user's identity, shared by every module.
 */
@ApplicationModule(displayName = "Gemensamt (shared)", type = ApplicationModule.Type.OPEN)
@NullMarked
package se.samsyn.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
