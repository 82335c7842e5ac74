/**
 * Webbskal: layout, navigation, start page, workspace overview, locale handling and the global HTML and REST error
 * handling. Nothing depends on this module.
 */
@ApplicationModule(displayName = "Webbskal (web)")
@NullMarked
package se.samsyn.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
