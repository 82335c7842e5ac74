package se.samsyn.situation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.shared.Role;

/**
 * Not a test: fills a workspace with synthetic EST reports ({@link SyntheticReports}; default 1 000 000 over five years
 * and 50 areas, {@code -Dbench.reports=…} to change) and times the lägesbild API for one kommun-year next to a trivial
 * endpoint on the same server. See docs/benchmarks.md for the numbers and the command.
 */
@IntegrationTest
class SituationDashboardBenchmark {

    static final int AREAS = 50;
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final int WARMUPS = Integer.getInteger("bench.warmups", 2);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired GeoApi geo;
    @Autowired CategoryService categories;
    @Autowired DataSource dataSource;

    @Test
    void timesTheDashboardForOneKommunYear() throws Exception {
        int reports = Integer.getInteger("bench.reports", 1_000_000);
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var features = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int a = 0; a < AREAS; a++) {
            double lon = 13.10 + (a % 10) * 0.02;
            double lat = 55.65 + (a / 10) * 0.015;
            features.append(a > 0 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"Område ")
                    .append(a + 1).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[")
                    .append(lon).append(',').append(lat).append("],[").append(lon + 0.01).append(',').append(lat).append("],[")
                    .append(lon + 0.01).append(',').append(lat + 0.01).append("],[").append(lon).append(',').append(lat + 0.01)
                    .append("],[").append(lon).append(',').append(lat).append("]]]}}");
        }
        features.append("]}");
        geo.importGeoJson(ws.id(), AreaType.EST_AREA, "bench.geojson", features.toString().getBytes(StandardCharsets.UTF_8),
                null, null, LocalDate.of(2000, 1, 1), coordinator.value());
        List<SyntheticReports.Area> areas = new ArrayList<>();
        for (var area : geo.areas(ws.id(), AreaType.EST_AREA)) {
            int n = Integer.parseInt(area.name().substring("Område ".length())) - 1;
            areas.add(new SyntheticReports.Area(area.id().value(), 13.10 + (n % 10) * 0.02, 55.65 + (n / 10) * 0.015, 0.01));
        }
        areas.sort(Comparator.comparingDouble(SyntheticReports.Area::lat).thenComparingDouble(SyntheticReports.Area::lon));
        var cats = categories.list(ws.id(), true).stream().filter(c -> !c.retired())
                .map(c -> new SyntheticReports.Category(c.id(), c.version())).toList();
        assertThat(cats).isNotEmpty();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        LocalDate first = today.minusYears(5);

        long start = System.nanoTime();
        long inserted = SyntheticReports.generate(dataSource, ws.id().value(), areas, cats, reports, first,
                today.minusDays(1), 20261123L);
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK situation: %d reports generated in %.1f s%n", inserted, generateSeconds);

        int year = today.getYear() - 1;
        String dashboard = "/api/v1/workspaces/" + ws.id() + "/situation?period=YEAR&date=" + year + "-06-30";
        double[] dash = time(dashboard, coordinator, 200);
        double[] triv = time("/login", null, 200);
        String json = mvc.perform(get(dashboard).with(data.as(coordinator))).andReturn().getResponse().getContentAsString();
        int observations = com.jayway.jsonpath.JsonPath.read(json, "$.picture.totals.observations");
        assertThat(observations).isPositive();

        String db;
        try (var c = dataSource.getConnection()) {
            db = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        String line = ("BENCHMARK situation: %d reports generated in %.1f s; GET situation YEAR %d (%d observations): median %.0f ms "
                + "(min %.0f, max %.0f, %d runs after %d warm-ups); trivial GET /login: median %.1f ms; %s%n")
                .formatted(inserted, generateSeconds, year, observations, dash[0], dash[1], dash[2], RUNS, WARMUPS, triv[0], db);
        System.out.print(line);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/result.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Median, min and max in milliseconds over {@link #RUNS} requests after {@link #WARMUPS} warm-up requests. */
    private double[] time(String path, se.samsyn.access.@org.jspecify.annotations.Nullable UserId user, int expected)
            throws Exception {
        double[] ms = new double[RUNS];
        for (int i = -WARMUPS; i < RUNS; i++) {
            var request = get(path);
            if (user != null) {
                request = request.with(data.as(user));
            }
            long t = System.nanoTime();
            mvc.perform(request).andExpect(status().is(expected));
            double took = (System.nanoTime() - t) / 1e6;
            System.out.printf("BENCHMARK %s run %d: %.0f ms%n", path, i, took);
            if (i >= 0) {
                ms[i] = took;
            }
        }
        java.util.Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[0], ms[RUNS - 1]};
    }
}
