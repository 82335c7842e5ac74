package se.samsyn.policeevents.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.samsyn.organisation.OrganisationApi;

/** Matches the API's place names ("Lund", "Upplands väsby", "Skåne län") to SCB kommunkoder, ignoring case. */
@Component
class Places {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Map<String, String> codeByName = new HashMap<>();

    @Autowired
    Places(OrganisationApi organisations) {
        organisations.municipalities().forEach(m -> codeByName.put(key(m.name()), m.code()));
    }

    /** Names (any case) to kommunkoder; for tests that need no organisation module. */
    Places(Map<String, String> codeByName) {
        codeByName.forEach((name, code) -> this.codeByName.put(key(name), code));
    }

    Optional<String> municipalityCode(String place) {
        return Optional.ofNullable(codeByName.get(key(place)));
    }

    static boolean isCounty(String place) {
        return key(place).endsWith(" län");
    }

    private static String key(String name) {
        return name.strip().toLowerCase(SWEDISH);
    }
}
