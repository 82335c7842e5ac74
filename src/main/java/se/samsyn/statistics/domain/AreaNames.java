package se.samsyn.statistics.domain;

import java.util.Locale;

/** Compares area names across sources: Brå writes "Stadsdelsområde Bromma (Sthlm)" and "Lund kommun". */
final class AreaNames {

    private AreaNames() {}

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replaceAll("\\(.*?\\)", "")
                .replaceFirst("^stadsdelsområde ", "")
                .replaceFirst(" kommun$", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
