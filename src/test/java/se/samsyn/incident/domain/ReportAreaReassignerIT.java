package se.samsyn.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Role;

@IntegrationTest
class ReportAreaReassignerIT {

    /** Inside the fixture's "Stationen" area of two-est-areas.geojson, and inside the Lund square. */
    static final double STATION_LON = 13.2100;

    @Autowired
    TestData data;

    @Autowired
    GeoApi geo;

    @Autowired
    CategoryService categories;

    @Autowired
    ReportService reports;

    IncidentFixture fixture;
    TestData.TestWorkspace ws;
    Actor reporter;
    Actor coordinator;
    TestData.TestWorkspace elsewhereWs;
    Actor elsewhereCoordinator;

    @BeforeEach
    void setUp() {
        fixture = new IncidentFixture(geo, categories, data);
        ws = data.workspace();
        reporter = data.principal(data.user(ws, Role.REPORTER)).actor();
        coordinator = data.principal(data.user(ws, Role.COORDINATOR)).actor();
    }

    @Test
    void reportsAlreadyStoredGetTheAreasOfANewImport() throws Exception {
        var square = fixture.area(ws);
        UUID inCentre = submit(IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON);
        UUID atStation = submit(IncidentFixture.INSIDE_LAT, STATION_LON);
        UUID withoutPin = submit(null, null);
        UUID elsewhere = reportInAnotherWorkspace();

        geo.importGeoJson(ws.id(), AreaType.EST_AREA, "two-est-areas.geojson",
                new ClassPathResource("fixtures/two-est-areas.geojson").getContentAsByteArray(), null, null,
                LocalDate.now(), UUID.randomUUID());

        UUID centre = area("Centrum", "EST-1");
        UUID station = area("Stationen", "EST-2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(areasOf(inCentre)).containsExactlyInAnyOrder(square.id().value(), centre);
            assertThat(areasOf(atStation)).containsExactlyInAnyOrder(square.id().value(), station);
        });
        assertThat(areasOf(withoutPin)).isEmpty();
        assertThat(reports.read(elsewhereWs.id(), elsewhere, elsewhereCoordinator).areaIds()).hasSize(1);
    }

    private UUID reportInAnotherWorkspace() {
        elsewhereWs = data.workspace();
        fixture.area(elsewhereWs);
        var otherReporter = data.principal(data.user(elsewhereWs, Role.REPORTER)).actor();
        elsewhereCoordinator = data.principal(data.user(elsewhereWs, Role.COORDINATOR)).actor();
        return fixture.submit(reports, elsewhereWs, otherReporter, IncidentFixture.INSIDE_LAT, STATION_LON, "Klotter");
    }

    private UUID area(String name, String code) {
        return geo.areas(ws.id(), AreaType.EST_AREA).stream()
                .filter(a -> name.equals(a.name()) && code.equals(a.code()))
                .map(AreaSummary::id).findFirst().orElseThrow().value();
    }

    private List<UUID> areasOf(UUID report) {
        return reports.read(ws.id(), report, coordinator).areaIds();
    }

    private UUID submit(@Nullable Double lat, @Nullable Double lon) {
        return fixture.submit(reports, ws, reporter, lat, lon, "Klotter");
    }
}
