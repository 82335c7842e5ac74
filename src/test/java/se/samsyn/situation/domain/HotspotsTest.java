package se.samsyn.situation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.incident.ObservedIncident;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.SituationPicture.Mismatch;
import tools.jackson.databind.json.JsonMapper;

/** Gi* on the real H3 grid over a square around central Lund, and the perceived-vs-reported screening rule. */
class HotspotsTest {

    static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[13.17,55.695],[13.21,55.695],[13.21,55.715],[13.17,55.715],[13.17,55.695]]]}
            """;

    static ObservedIncident at(double lat, double lon, AreaId... areas) {
        var now = Instant.parse("2026-02-10T18:00:00Z");
        return new ObservedIncident(UUID.randomUUID(), lat, lon, HexGrid.h3().latLngToCell(lat, lon, 7),
                HexGrid.h3().latLngToCell(lat, lon, 9), List.of(areas), List.of("SKADEGORELSE_KLOTTER"), now, now,
                ObservedIncident.TimeAccuracy.EXACT, ObservedIncident.CountedStatus.ACCEPTED, null, false);
    }

    @Test
    void aClusterInOneCellIsAHotspotAndScatteredSingleCellsAreHiddenFromReaders() {
        List<ObservedIncident> observations = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            observations.add(at(55.7047, 13.1910));
        }
        observations.add(at(55.700, 13.205));
        observations.add(at(55.712, 13.175));
        var geometry = JsonMapper.builder().build().readTree(SQUARE);

        var result = Hotspots.analyse(observations, List.of(geometry), true);
        assertThat(result.ran()).isTrue();
        assertThat(result.studyCells()).isGreaterThan(30);
        assertThat(result.observationsWithPoint()).isEqualTo(27);
        String clusterCell = HexGrid.name(HexGrid.h3().latLngToCell(55.7047, 13.1910, 9));
        assertThat(result.hexagons()).filteredOn(h -> h.cell().equals(clusterCell)).singleElement()
                .satisfies(h -> {
                    assertThat(h.bin()).isPositive(); // Gi* smears the cluster over its six neighbours, which share it
                    assertThat(h.count()).isEqualTo(25);
                    assertThat(h.boundary()).hasSize(6);
                });

        var forReaders = Hotspots.analyse(observations, List.of(geometry), false);
        // The two single observations are neither shown nor counted; the cluster and its significant neighbours are.
        assertThat(forReaders.hexagons()).noneMatch(h -> h.count() != null && h.count() > 0 && h.count() < 3);
        assertThat(forReaders.hexagons()).hasSize(result.hexagons().size() - 2);
    }

    @Test
    void tooFewObservationsWithAPointAndTheAnalysisIsNotRun() {
        var geometry = JsonMapper.builder().build().readTree(SQUARE);
        var result = Hotspots.analyse(List.of(at(55.7047, 13.1910), at(55.7047, 13.1910)), List.of(geometry), true);
        assertThat(result.ran()).isFalse();
        assertThat(result.reason()).isEqualTo("situation.hotspots.tooFew");
        assertThat(result.hexagons()).singleElement().satisfies(h -> assertThat(h.bin()).isZero());
    }

    @Test
    void anAreaThatFeelsUnsafeButHasFewReportsIsFlaggedAndTheReverseToo() {
        var ws = new WorkspaceId(UUID.randomUUID());
        var quiet = area(ws, "Tyst", 1.0);
        var busy = area(ws, "Livlig", 1.0);
        var unknown = area(ws, "Okänd", 1.0);
        List<ObservedIncident> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reports.add(at(55.70, 13.19, busy.id()));
        }
        var index = new java.util.HashMap<AreaId, double[]>();
        index.put(quiet.id(), new double[] {3.2, 1});
        index.put(busy.id(), new double[] {1.1, 1});
        var result = Perception.classify(List.of(quiet, busy, unknown), reports, List.of(), index, java.util.Map.of());
        assertThat(result).extracting(r -> r.mismatch())
                .containsExactly(Mismatch.FEELS_UNSAFE_FEW_REPORTS, Mismatch.MANY_REPORTS_FEELS_SAFE, Mismatch.UNKNOWN);
    }

    @Test
    void aPlaceCitizensMarkThreeTimesWithoutReportsAndAHotspotNobodyMarkedAreListed() {
        List<ObservedIncident> citizen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            citizen.add(citizen(55.7120, 13.1750));
        }
        citizen.add(citizen(55.7000, 13.2050)); // one mark alone is not a place
        List<ObservedIncident> reports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reports.add(at(55.7047, 13.1910));
        }
        long hot = HexGrid.h3().latLngToCell(55.7047, 13.1910, 9);
        var places = Perception.places(reports, citizen, java.util.Set.of(hot));
        assertThat(places).extracting(p -> p.mismatch())
                .containsExactly(Mismatch.FEELS_UNSAFE_FEW_REPORTS, Mismatch.MANY_REPORTS_FEELS_SAFE);
        assertThat(places.get(0).citizenMarks()).isEqualTo(3);
        assertThat(places.get(0).reportsNearby()).isZero();
        assertThat(places.get(1).reportsNearby()).isEqualTo(6);
        assertThat(Perception.places(reports, List.of(), java.util.Set.of(hot))).isEmpty();
    }

    static ObservedIncident citizen(double lat, double lon) {
        var o = at(lat, lon);
        return new ObservedIncident(o.id(), o.lat(), o.lon(), o.h3r7(), o.h3r9(), o.areaIds(), o.categoryCodes(),
                o.occurredStart(), o.occurredEnd(), o.accuracy(), o.status(), null, true);
    }

    static AreaSummary area(WorkspaceId ws, String name, double km2) {
        return new AreaSummary(new AreaId(UUID.randomUUID()), ws, AreaType.EST_AREA, name, null, null,
                java.time.LocalDate.of(2024, 1, 1), null, 55.70, 13.19, km2);
    }
}
