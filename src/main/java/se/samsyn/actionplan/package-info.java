/**
 * Åtgärdsplan: the problem-solving cycle after the lägesbild. Focus areas (problems) per period, cause analysis, the
 * action plan in Brå's form (cause → measure → goal → when → who → follow-up), SMART goals bound to indicators from
 * Samsyn's own data, child impact assessments, adoption with frozen snapshots and change history, and follow-up.
 */
@ApplicationModule(displayName = "Åtgärdsplan",
        allowedDependencies = {"organisation", "access", "geo", "statistics", "audit", "incident", "agreement", "situation"})
@NullMarked
package se.samsyn.actionplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
