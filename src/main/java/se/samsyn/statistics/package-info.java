/**
 * Statistik och mätningar: indicator time series per workspace (police monthly counts, Brå statistics, safety-survey
 * results and other series such as graffiti costs), the council's crime categories and their mapping, and the imports
 * that fill them.
 */
@ApplicationModule(displayName = "Statistik och mätningar", allowedDependencies = {"organisation", "audit", "geo", "access"})
@NullMarked
package se.samsyn.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
