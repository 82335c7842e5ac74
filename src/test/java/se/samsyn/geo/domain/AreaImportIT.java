package se.samsyn.geo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

/** The real boundary files in ../shared/data/geo import through {@link AreaService}, completely or not at all. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AreaImportIT {

    static final Path GEO_DATA = Path.of(System.getProperty("user.dir")).resolve("../shared/data/geo").normalize();
    static final double LUND_CATHEDRAL_LAT = 55.7047;
    static final double LUND_CATHEDRAL_LON = 13.1934;

    @Autowired
    AreaService areas;

    @Autowired
    AreaRepository repository;

    @Autowired
    TestData data;

    @BeforeAll
    void theSharedDataFolderIsThere() {
        assertThat(GEO_DATA)
                .withFailMessage("The real GeoJSON files are expected in %s (the shared folder next to the repository)",
                        GEO_DATA)
                .isDirectory();
    }

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void everyShippedGeoJsonFileImportsWholeAsCustomAreas() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(GEO_DATA)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".geojson")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            var ws = workspaceWithCoordinator();
            int features = JsonMapper.builder().build().readTree(file.toFile()).path("features").size();

            var result = areas.importAreas(request(ws, AreaType.CUSTOM, file, null, null, null, null));

            assertThat(result.imported()).as(file.getFileName().toString()).isEqualTo(features);
            assertThat(areas.list(ws, AreaType.CUSTOM, false)).as(file.getFileName().toString()).hasSize(features);
        }
    }

    @Test
    void allOfSwedensMunicipalitiesImportLocateExportAndReimportWithoutDuplicates() {
        var ws = workspaceWithCoordinator();
        var request = request(ws, AreaType.MUNICIPALITY, file("sverige_kommuner.geojson"), null, null, null, null);

        assertThat(areas.importAreas(request).imported()).isEqualTo(290);
        List<AreaSummary> municipalities = areas.list(ws, AreaType.MUNICIPALITY, false);
        assertThat(municipalities).hasSize(290);
        assertThat(municipalities).extracting(AreaSummary::code).doesNotHaveDuplicates().contains("0114", "1281", "2584");

        var again = areas.importAreas(request);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.imported()).isZero();
        assertThat(areas.list(ws, AreaType.MUNICIPALITY, false)).hasSize(290);

        var location = areas.locate(ws, LUND_CATHEDRAL_LAT, LUND_CATHEDRAL_LON);
        assertThat(location.areas()).extracting(AreaSummary::name).containsExactly("Lund");
        assertThat(location.areas().get(0).code()).isEqualTo("1281");
        assertThat(location.h3r9()).isEqualTo(H3Cells.cell(LUND_CATHEDRAL_LAT, LUND_CATHEDRAL_LON, 9));
        assertThat(location.point().swerefN()).isCloseTo(6_176_000, within(5_000.0));

        var lund = location.areas().get(0);
        var centroid = repository.centroid(lund.id());
        assertThat(centroid.h3r7()).isEqualTo(H3Cells.cell(lund.centroidLat(), lund.centroidLon(), 7));
        assertThat(H3Cells.core().getResolution(centroid.h3r7())).isEqualTo(7);
        assertThat(Sweref99Tm.unproject(centroid.swerefE(), centroid.swerefN())[0]).isCloseTo(lund.centroidLat(),
                within(1e-7));
        assertThat(areas.details(ws, lund.id()).h3Cells()).isGreaterThan(50);

        byte[] exported = areas.export(ws, AreaType.MUNICIPALITY).getBytes(StandardCharsets.UTF_8);
        var sameWorkspace = areas.importAreas(new AreaService.ImportRequest(ws, AreaType.MUNICIPALITY, "export.geojson",
                exported, null, null, null, null, LocalDate.now(), null, UUID.randomUUID()));
        assertThat(sameWorkspace.imported()).isZero();
        assertThat(sameWorkspace.unchanged()).isEqualTo(290);
        assertThat(areas.list(ws, AreaType.MUNICIPALITY, false)).hasSize(290);

        var other = workspaceWithCoordinator();
        var copy = areas.importAreas(new AreaService.ImportRequest(other, AreaType.MUNICIPALITY, "export.geojson",
                exported, null, null, null, null, LocalDate.now(), null, UUID.randomUUID()));
        assertThat(copy.imported()).isEqualTo(290);
        var original = byCode(municipalities);
        for (AreaSummary copied : areas.list(other, AreaType.MUNICIPALITY, false)) {
            var source = original.get(copied.code());
            assertThat(copied.name()).isEqualTo(source.name());
            assertThat(copied.areaKm2()).as(copied.name()).isCloseTo(source.areaKm2(), within(0.01));
        }
        assertThat(geometriesByCode(areas.export(other, AreaType.MUNICIPALITY).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(geometriesByCode(exported));
    }

    @Test
    void aFilterImportsOnlySkaneAndAnotherFilterOnTheSameFileIsANewImport() {
        var ws = workspaceWithCoordinator();
        Path kommuner = file("sverige_kommuner.geojson");

        var skane = areas.importAreas(request(ws, AreaType.MUNICIPALITY, kommuner, null, null, "lan_code", "12"));
        var blekinge = areas.importAreas(request(ws, AreaType.MUNICIPALITY, kommuner, null, null, "lan_code", "10"));

        assertThat(skane.imported()).isEqualTo(33);
        assertThat(skane.names()).contains("Lund", "Lomma", "Kävlinge", "Malmö");
        assertThat(blekinge.alreadyImported()).isFalse();
        assertThat(blekinge.imported()).isEqualTo(5);
        assertThat(areas.list(ws, AreaType.MUNICIPALITY, false)).hasSize(38);

        var whole = areas.importAreas(request(ws, AreaType.MUNICIPALITY, kommuner, null, null, null, null));
        assertThat(whole.unchanged()).isEqualTo(38);
        assertThat(whole.imported()).isEqualTo(290 - 38);
        assertThat(areas.list(ws, AreaType.MUNICIPALITY, false)).hasSize(290);
    }

    @Test
    void stockholmsKommunerAndStadsdelsomradenImportByTypeWithSmallerAreasUnderThem() {
        var ws = workspaceWithCoordinator();
        Path combined = file("stockholms_lan_kommuner_och_stockholm_stadsdelsomraden.geojson");

        var kommuner = areas.importAreas(request(ws, AreaType.MUNICIPALITY, combined, null, null, "typ", "kommun"));
        var districts = areas.importAreas(request(ws, AreaType.DISTRICT, combined, null, "omr_kod", "typ",
                "stadsdelsomrade"));
        var smaller = areas.importAreas(request(ws, AreaType.SURVEY_AREA, file("stockholms_lan_mindre_omraden.geojson"),
                null, null, null, null));

        assertThat(kommuner.imported()).isEqualTo(25);
        assertThat(areas.list(ws, AreaType.MUNICIPALITY, false)).extracting(AreaSummary::code).contains("0114", "0138");
        assertThat(districts.imported()).isEqualTo(11);
        assertThat(districts.names()).contains("Järva", "Södermalm", "Skarpnäck");
        assertThat(smaller.imported()).isEqualTo(210);
        var rinkeby = areas.list(ws, AreaType.SURVEY_AREA, false).stream().filter(a -> a.name().equals("Rinkeby"))
                .findFirst().orElseThrow();
        var parent = areas.find(rinkeby.parent()).orElseThrow();
        assertThat(parent.name()).isEqualTo("Järva");
        assertThat(areas.details(ws, parent.id()).children()).extracting(AreaSummary::name).contains("Rinkeby", "Tensta");
    }

    @Test
    void aFileThatFailsHalfwayLeavesNothingStored() {
        var ws = workspaceWithCoordinator();
        String square = "[[[13.19,55.70],[13.20,55.70],[13.20,55.71],[13.19,55.71],[13.19,55.70]]]";
        String larger = "[[[13.18,55.69],[13.21,55.69],[13.21,55.72],[13.18,55.72],[13.18,55.69]]]";
        areas.importAreas(bytes(ws, "{\"type\":\"FeatureCollection\",\"features\":[" + area("B", "2", square) + "]}"));

        var problem = catchThrowableOfType(AreaFileProblem.class, () -> areas.importAreas(bytes(ws,
                "{\"type\":\"FeatureCollection\",\"features\":[" + area("A", "1", square) + "," + area("B", "2", larger)
                        + "]}")));

        assertThat(problem.messageKey()).isEqualTo("geo.import.error.alreadyExists");
        assertThat(areas.list(ws, AreaType.EST_AREA, true)).extracting(AreaSummary::name).containsExactly("B");

        var swapped = catchThrowableOfType(AreaFileProblem.class, () -> areas.importAreas(bytes(ws,
                "{\"type\":\"FeatureCollection\",\"features\":[" + area("C", "3", square) + ","
                        + area("D", "4", "[[[55.70,13.19],[55.70,13.20],[55.71,13.20],[55.70,13.19]]]") + "]}")));
        assertThat(swapped.messageKey()).isEqualTo("geo.import.error.axisOrder");
        assertThat(areas.list(ws, AreaType.EST_AREA, true)).hasSize(1);
    }

    @Test
    void aChangedBoundaryWithALaterStartRetiresTheOldOne() {
        var ws = workspaceWithCoordinator();
        String square = "[[[13.19,55.70],[13.20,55.70],[13.20,55.71],[13.19,55.71],[13.19,55.70]]]";
        String larger = "[[[13.18,55.69],[13.21,55.69],[13.21,55.72],[13.18,55.72],[13.18,55.69]]]";
        var start = LocalDate.now().minusYears(1);
        areas.importAreas(new AreaService.ImportRequest(ws, AreaType.EST_AREA, "v1.geojson",
                ("{\"type\":\"FeatureCollection\",\"features\":[" + area("B", "2", square) + "]}").getBytes(
                        StandardCharsets.UTF_8), null, null, null, null, start, null, UUID.randomUUID()));

        areas.importAreas(bytes(ws, "{\"type\":\"FeatureCollection\",\"features\":[" + area("B", "2", larger) + "]}"));

        var all = areas.list(ws, AreaType.EST_AREA, true);
        assertThat(all).hasSize(2);
        assertThat(all).filteredOn(a -> a.validTo() == null).singleElement()
                .satisfies(a -> assertThat(a.validFrom()).isEqualTo(LocalDate.now()));
        assertThat(all).filteredOn(a -> a.validTo() != null).singleElement()
                .satisfies(a -> assertThat(a.validTo()).isEqualTo(LocalDate.now().minusDays(1)));
    }

    private WorkspaceId workspaceWithCoordinator() {
        var ws = data.workspace();
        data.actAs(data.user(ws, Role.COORDINATOR));
        return ws.id();
    }

    private static Path file(String name) {
        return GEO_DATA.resolve(name);
    }

    private static AreaService.ImportRequest request(WorkspaceId ws, AreaType type, Path file, @Nullable String nameKey,
            @Nullable String codeKey, @Nullable String filterKey, @Nullable String filterValue) {
        try {
            return new AreaService.ImportRequest(ws, type, file.getFileName().toString(), Files.readAllBytes(file), nameKey,
                    codeKey, filterKey, filterValue, LocalDate.now(), null, UUID.randomUUID());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AreaService.ImportRequest bytes(WorkspaceId ws, String geojson) {
        return new AreaService.ImportRequest(ws, AreaType.EST_AREA, "test.geojson",
                geojson.getBytes(StandardCharsets.UTF_8), null, null, null, null, LocalDate.now(), null,
                UUID.randomUUID());
    }

    private static String area(String name, String code, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\",\"code\":\"" + code
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}}";
    }

    private static java.util.Map<String, String> geometriesByCode(byte[] featureCollection) {
        var result = new java.util.HashMap<String, String>();
        JsonMapper.builder().build().readTree(featureCollection).path("features").forEach(f ->
                result.put(f.path("properties").path("code").asString(), f.path("geometry").toString()));
        return result;
    }

    private static java.util.Map<String, AreaSummary> byCode(List<AreaSummary> list) {
        return list.stream().collect(Collectors.toMap(AreaSummary::code, Function.identity()));
    }
}
