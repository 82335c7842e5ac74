package se.samsyn.statistics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A crime category the council decided to follow (for example "Skadegörelse"), valid from–to, with the Brå categories
 * and the names in the police's files that count towards it.
 */
public record CouncilCategory(CategoryId id, String code, String name, LocalDate validFrom, @Nullable LocalDate validTo,
        List<Mapping> mappings) {

    public record Mapping(java.util.UUID id, String source, String name) {}

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public List<String> names(String source) {
        return mappings.stream().filter(m -> m.source().equals(source)).map(Mapping::name).toList();
    }
}
