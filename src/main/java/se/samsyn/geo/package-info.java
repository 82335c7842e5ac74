/**
 * Områden: areas (kommun, stadsdel, EST-område, polisens utsatta områden, trygghetsmätningens delområden, egna) with
 * validity periods and a hierarchy; GeoJSON import and export; point-in-polygon with JTS, H3 cells and SWEREF 99 TM.
 */
@ApplicationModule(displayName = "Områden (geo)", allowedDependencies = {"organisation", "audit"})
@NullMarked
package se.samsyn.geo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
