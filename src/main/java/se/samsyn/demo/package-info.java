/**
 * Demodata: fills an empty embedded database with Lund, Lomma and Kävlinge, their police areas, förvaltningar,
 * partners, users (one per role), areas, two years of EST reports for Lund and the seed agreements, entirely through the
 * other modules' APIs.
 */
@ApplicationModule(displayName = "Demodata (demo)", allowedDependencies = {"organisation", "access", "geo", "incident", "agreement", "actionplan"})
@NullMarked
package se.samsyn.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
