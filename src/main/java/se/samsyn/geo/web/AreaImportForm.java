package se.samsyn.geo.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import se.samsyn.geo.AreaType;

record AreaImportForm(
        @Nullable AreaType type,
        @Nullable String nameProperty,
        @Nullable String codeProperty,
        @Nullable String filterProperty,
        @Nullable String filterValue,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo) {

    static AreaImportForm empty() {
        return new AreaImportForm(AreaType.EST_AREA, null, null, null, null, LocalDate.now().withDayOfYear(1), null);
    }
}
