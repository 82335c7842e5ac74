package se.samsyn.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.AreaLevel;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesSummary;
import se.samsyn.statistics.SeriesValue;
import se.samsyn.statistics.Source;
import se.samsyn.statistics.StatisticsApi;

/** Every Brå file in ../shared/data/bra_statistik imports into the series model. */
@IntegrationTest
class BraImportIT {

    static final Path DATA = Path.of(System.getProperty("user.dir")).resolve("../shared/data/bra_statistik");

    @Autowired ImportJobs jobs;
    @Autowired StatisticsApi statistics;
    @Autowired TestData data;
    @Autowired se.samsyn.geo.GeoApi geo;

    static byte[] file(String name) throws Exception {
        Path path = DATA.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("Real data file missing: " + path.toAbsolutePath().normalize());
        }
        return Files.readAllBytes(path);
    }

    WorkspaceId imported(String name, int expectedValues) throws Exception {
        var ws = data.workspace().id();
        var outcome = jobs.importNow(ws, ImportKind.BRA, name, file(name), UUID.randomUUID());
        assertThat(outcome.values()).isEqualTo(expectedValues);
        return ws;
    }

    double value(WorkspaceId ws, SeriesQuery query, String period) {
        return statistics.values(ws, query).stream().filter(v -> v.period().equals(period)).findFirst()
                .map(SeriesValue::value).orElseThrow();
    }

    @Test
    void allKommunerByMonthWithRatesAndPopulation() throws Exception {
        var ws = imported("bra_anmalda_brott_2013_kommun_manad.csv", 34_920 * 2);
        var lund = SeriesQuery.all().areaName("Lund").category("Totalt antal brott");
        assertThat(statistics.series(ws, lund)).extracting(SeriesSummary::measure)
                .containsExactlyInAnyOrder(Measure.COUNT, Measure.RATE_PER_100K);
        var rates = statistics.values(ws, lund.measure(Measure.RATE_PER_100K));
        assertThat(rates).hasSize(12).allSatisfy(v -> assertThat(v.denominator()).isBetween(100_000.0, 130_000.0));
        assertThat(statistics.series(ws, SeriesQuery.all().areaName("Hela landet").category("Vapenbrott")))
                .allSatisfy(s -> assertThat(s.areaLevel()).isEqualTo(AreaLevel.NATIONAL));
    }

    @Test
    void allKommunerWholeYear() throws Exception {
        var ws = imported("bra_anmalda_brott_2013_kommun_helar.csv", 2_910 * 2);
        assertThat(value(ws, SeriesQuery.all().areaName("Hela landet").category("Totalt antal brott").measure(Measure.COUNT),
                "2013")).isEqualTo(1_394_598);
    }

    @Test
    void stockholmRegionAreasByMonthKeepThePreliminaryMark() throws Exception {
        var ws = imported("bra_stockholm_omraden_2020-2023_manad_brott_mot_person.csv", 11_088);
        var values = statistics.values(ws, SeriesQuery.all().areaName("Botkyrka kommun")
                .category("3-7 kap. Brott mot person").between(LocalDate.of(2023, 1, 1), null));
        assertThat(values).hasSize(12).allSatisfy(v -> assertThat(v.preliminary()).isTrue());
    }

    @Test
    void stockholmDistrictsPer100k() throws Exception {
        var ws = imported("bra_stockholm_stad_stadsdelsomraden_2021-2025_per100k.csv", 1_260);
        assertThat(value(ws, SeriesQuery.all().areaName("Stockholm kommun").category("Totalt antal brott"), "2021"))
                .isEqualTo(21_308);
    }

    @Test
    void districtsAreLinkedToTheWorkspacesOwnAreasByName() throws Exception {
        var ws = data.workspace();
        var geoJson = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Bromma"},
                "geometry":{"type":"Polygon","coordinates":[[[17.9,59.33],[17.95,59.33],[17.95,59.36],[17.9,59.36],[17.9,59.33]]]}}]}
                """;
        geo.importGeoJson(ws.id(), se.samsyn.geo.AreaType.DISTRICT, "bromma.geojson",
                geoJson.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null, LocalDate.of(2020, 1, 1),
                UUID.randomUUID());
        var bromma = geo.areas(ws.id(), se.samsyn.geo.AreaType.DISTRICT).get(0).id();
        jobs.importNow(ws.id(), ImportKind.BRA, "b.csv", file("bra_stockholm_bromma_hagersten-alvsjo_2025-2026_manad.csv"),
                UUID.randomUUID());
        assertThat(statistics.series(ws.id(), SeriesQuery.all().area(bromma))).hasSize(14)
                .allSatisfy(s -> assertThat(s.areaName()).isEqualTo("Stadsdelsområde Bromma (Sthlm)"));
    }

    @Test
    void twoDistrictsByMonth() throws Exception {
        var ws = imported("bra_stockholm_bromma_hagersten-alvsjo_2025-2026_manad.csv", 420);
        assertThat(value(ws, SeriesQuery.all().areaName("Stadsdelsområde Bromma (Sthlm)").category("Totalt antal brott"),
                "2025-01")).isEqualTo(924);
    }

    @Test
    void goteborgStadsomraden() throws Exception {
        var ws = imported("bra_goteborg_stadsomraden_2023-2025.csv", 90);
        assertThat(value(ws, SeriesQuery.all().areaName("Göteborg kommun").category("alla_brott"), "2023")).isEqualTo(90_659);
    }

    @Test
    void stockholmYearbookCsvAndTheOriginalXlsxGiveTheSameCounts() throws Exception {
        var csv = imported("stockholm_stad_anmalda_brott_2024_sdo.csv", 15 * 10);
        var xlsx = imported("stockholm_stad_arsbok_1.63_anmalda_brott_2024_sdo.xlsx", 15 * 10);
        var jarva = SeriesQuery.all().areaName("Järva").category("Våldsbrott").measure(Measure.COUNT);
        assertThat(value(csv, jarva, "2024")).isEqualTo(1442).isEqualTo(value(xlsx, jarva, "2024"));
        var hela = SeriesQuery.all().areaName("Hela staden").category("Anmälda brott").measure(Measure.RATE_PER_1000);
        assertThat(value(xlsx, hela, "2024")).isCloseTo(203.51, org.assertj.core.data.Offset.offset(0.01));
        assertThat(statistics.series(xlsx, SeriesQuery.all().source(Source.BRA))).hasSize(150);
    }
}
