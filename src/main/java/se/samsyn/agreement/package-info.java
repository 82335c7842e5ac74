/**
 * Överenskommelser och styrning: samverkansöverenskommelser with their parties, versions, focus areas, annexes,
 * steering documents and signatures; the governance bodies that prepare and adopt them; referral rounds; the agreement
 * document (PDF) and the workspace's compliance board for Lag (2023:196).
 */
@ApplicationModule(displayName = "Överenskommelser och styrning (agreement)", allowedDependencies = {"organisation", "audit"})
@NullMarked
package se.samsyn.agreement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
