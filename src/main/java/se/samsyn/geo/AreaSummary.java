package se.samsyn.geo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.WorkspaceId;

public record AreaSummary(
        AreaId id,
        WorkspaceId workspace,
        AreaType type,
        String name,
        @Nullable String code,
        @Nullable AreaId parent,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        double centroidLat,
        double centroidLon,
        double areaKm2) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
