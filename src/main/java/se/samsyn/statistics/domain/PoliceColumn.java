package se.samsyn.statistics.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The columns a police monthly-count file needs. Labels: {@code statistics.police.column.*}. */
public enum PoliceColumn {
    AREA(true, List.of("omrade", "area", "delomrade", "stadsdel", "kommun", "lpo", "plats")),
    CATEGORY(true, List.of("brottskategori", "kategori", "brottstyp", "brott", "category")),
    COUNT(true, List.of("antal", "antal brott", "anmalda brott", "count", "varde")),
    PERIOD(false, List.of("period", "manad/ar", "ar-manad", "armanad")),
    YEAR(false, List.of("ar", "year", "aret")),
    MONTH(false, List.of("manad", "month", "man")),
    TERTIAL(false, List.of("tertial"));

    private final boolean required;
    private final List<String> guesses;

    PoliceColumn(boolean required, List<String> guesses) {
        this.required = required;
        this.guesses = guesses;
    }

    public boolean required() {
        return required;
    }

    /** The column's name in Swedish messages: the first, plain-Swedish guess. */
    String swedishName() {
        return switch (this) {
            case AREA -> "område";
            case CATEGORY -> "brottskategori";
            case COUNT -> "antal";
            case PERIOD -> "period";
            case YEAR -> "år";
            case MONTH -> "månad";
            case TERTIAL -> "tertial";
        };
    }

    boolean matches(String header) {
        return guesses.contains(normalise(header));
    }

    static String normalise(String header) {
        String plain = Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replace('_', ' ').replaceAll("\\s+", " ");
    }
}
