package se.samsyn.actionplan.domain;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.samsyn.geo.GeoApi;
import se.samsyn.shared.WorkspaceId;

/** Turns a lägesbild hotspot (an H3 cell) into the start of a focus area: the areas at its centre and a description. */
@Component
public class Hotspots {

    /** What the new focus-area form is filled with. */
    public record Prefill(List<UUID> areaIds, List<String> areaNames, String source) {}

    private final GeoApi geo;
    private @Nullable H3Core h3;

    Hotspots(GeoApi geo) {
        this.geo = geo;
    }

    public @Nullable Prefill prefill(WorkspaceId ws, String cell, @Nullable LocalDate from, @Nullable LocalDate to) {
        H3Core core = h3();
        if (!core.isValidCell(cell)) {
            return null;
        }
        var centre = core.cellToLatLng(cell);
        var location = geo.locate(ws, centre.lat, centre.lng);
        String period = from == null || to == null ? "" : " " + from + "–" + to;
        return new Prefill(location.areas().stream().map(a -> a.id().value()).toList(),
                location.areas().stream().map(a -> a.name()).toList(), "Lägesbild" + period + ", hotspot H3 " + cell);
    }

    private synchronized H3Core h3() {
        if (h3 == null) {
            try {
                h3 = H3Core.newInstance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return h3;
    }
}
