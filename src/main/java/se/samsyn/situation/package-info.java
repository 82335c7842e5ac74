/**
 * Lägesbild: the live analysis dashboard over a workspace's EST reports (counts, trends and change tests, Gi* hotspots on
 * the H3 grid, weekday × hour pattern, reporter coverage, perceived vs reported) with police, Brå and survey series on the
 * same timeline. Everything is computed by one service into a {@link se.samsyn.situation.SituationPicture}, which later
 * situation-picture documents freeze. Documents are approved by the agreement module's governance bodies, and an
 * approved statutory lägesbild records the agreement module's compliance item (a call, so there is no cycle).
 */
@ApplicationModule(displayName = "Lägesbild (situation)",
        allowedDependencies = {"organisation", "geo", "incident", "statistics", "agreement"})
@NullMarked
package se.samsyn.situation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
