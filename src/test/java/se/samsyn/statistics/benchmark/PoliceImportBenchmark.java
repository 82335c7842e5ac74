package se.samsyn.statistics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.shared.Role;
import se.samsyn.statistics.domain.CategoryService;
import se.samsyn.statistics.domain.ImportJobs;
import se.samsyn.statistics.domain.ImportKind;

/**
 * Not a test: times the import of a generated 1 M-row police CSV (see docs/benchmarks.md). Its name does not end in IT,
 * so it only runs when asked for: {@code ./mvnw -o verify -Dit.test=PoliceImportBenchmark -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class PoliceImportBenchmark {

    @Autowired ImportJobs jobs;
    @Autowired CategoryService categories;
    @Autowired GeoApi geo;
    @Autowired TestData data;
    @Autowired DataSource dataSource;

    @Test
    void importsAMillionRows() throws Exception {
        Path file = PoliceCsvGenerator.write(Path.of("target/bench/police-1m.csv"));
        var ws = data.workspace();
        var user = data.user(ws, Role.MUNICIPAL_POLICE);
        var features = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int a = 1; a <= PoliceCsvGenerator.AREAS; a++) {
            double lon = 13.0 + (a % 10) * 0.02;
            double lat = 55.6 + (a / 10) * 0.02;
            features.append(a > 1 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"Bench-område ")
                    .append(a).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[")
                    .append(lon).append(',').append(lat).append("],[").append(lon + 0.01).append(',').append(lat).append("],[")
                    .append(lon + 0.01).append(',').append(lat + 0.01).append("],[").append(lon).append(',').append(lat + 0.01)
                    .append("],[").append(lon).append(',').append(lat).append("]]]}}");
        }
        features.append("]}");
        geo.importGeoJson(ws.id(), AreaType.EST_AREA, "bench.geojson",
                features.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null, LocalDate.of(1990, 1, 1),
                user.value());
        for (int c = 1; c <= PoliceCsvGenerator.CATEGORIES; c++) {
            categories.create(ws.id(), "B%03d".formatted(c), "Kategori " + c, LocalDate.of(1990, 1, 1), null);
        }
        byte[] content = Files.readAllBytes(file);

        long start = System.nanoTime();
        var outcome = jobs.importNow(ws.id(), ImportKind.POLICE, "police-1m.csv", content, user.value());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(outcome.values()).isEqualTo(1_000_000);
        String db;
        try (var c = dataSource.getConnection()) {
            db = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        String line = "BENCHMARK police import: %d rows in %.1f s = %.0f rows/s on %s%n".formatted(outcome.values(), seconds,
                outcome.values() / seconds, db);
        System.out.print(line);
        Files.writeString(Path.of("target/bench/result.txt"), line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }
}
