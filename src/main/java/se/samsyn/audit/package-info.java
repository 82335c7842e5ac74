/**
 * Loggning: a tamper-evident audit log of who did what to which object, when and why, including reads of sensitive
 * records. Every module writes to it through {@link se.samsyn.audit.AuditApi}.
 */
@ApplicationModule(displayName = "Loggning (audit)", allowedDependencies = {})
@NullMarked
package se.samsyn.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
