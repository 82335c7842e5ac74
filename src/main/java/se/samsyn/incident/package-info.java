/**
 * EST-rapportering: weekly observations from trained reporters (categories, reports with map pin or place text, nil
 * returns), screening of free text for personal data, triage by the coordinator, duplicate linking and feedback.
 */
@ApplicationModule(displayName = "EST-rapportering", allowedDependencies = {"organisation", "access", "geo", "audit"})
@NullMarked
package se.samsyn.incident;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
