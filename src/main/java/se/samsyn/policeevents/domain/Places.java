package se.samsyn.policeevents.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.samsyn.organisation.OrganisationApi;

/** Matches the API's place names ("Lund", "Upplands väsby", "Skåne län") to SCB kommunkoder, ignoring case. */
@Component
class Places {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Map<String, String> codeByName = new HashMap<>();

    Places(OrganisationApi organisations) {
        organisations.municipalities().forEach(m -> codeByName.put(key(m.name()), m.code()));
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
