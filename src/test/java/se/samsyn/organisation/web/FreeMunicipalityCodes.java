package se.samsyn.organisation.web;

import java.util.HashSet;
import java.util.Set;
import se.samsyn.organisation.domain.OrganisationService;

/** Kommunkoder no organisation uses yet, taken from the end of SCB's list so they rarely meet {@code TestData}'s. */
final class FreeMunicipalityCodes {

    private static final Set<String> TAKEN = new HashSet<>();

    private FreeMunicipalityCodes() {}

    static synchronized String next(OrganisationService organisations) {
        var all = organisations.municipalities();
        for (int i = all.size() - 1; i >= 0; i--) {
            String code = all.get(i).code();
            if (TAKEN.add(code) && organisations.all().stream().noneMatch(o -> code.equals(o.municipalityCode()))) {
                return code;
            }
        }
        throw new IllegalStateException("No free municipality codes left for tests");
    }
}
