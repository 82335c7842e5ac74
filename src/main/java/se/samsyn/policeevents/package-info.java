/**
 * Polisens händelser: the public event notices from polisen.se, imported once for all workspaces and shown as
 * kommun-level context. Their positions are kommun or län centroids, never event locations.
 */
@ApplicationModule(displayName = "Polisens händelser", allowedDependencies = {"organisation", "audit", "geo"})
@NullMarked
package se.samsyn.policeevents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
