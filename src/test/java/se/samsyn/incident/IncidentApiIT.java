package se.samsyn.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.domain.AreaStatusService;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.NilReturnService;
import se.samsyn.incident.domain.PartOfDay;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.situation.SituationFixture;

/** The read queries the lägesbild uses, on whichever database the suite runs against. */
@IntegrationTest
class IncidentApiIT {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired TestData data;
    @Autowired GeoApi geo;
    @Autowired CategoryService categories;
    @Autowired ReportService reports;
    @Autowired NilReturnService nilReturns;
    @Autowired AreaStatusService areaStatus;
    @Autowired IncidentApi api;

    @Test
    void observationsCountOnlyTriagedReportsAndCarryPlaceTimeAndCategoriesButNoText() {
        var fixture = new SituationFixture(data, geo, categories, reports);
        var s = fixture.setup();
        var day = LocalDate.now(STOCKHOLM).minusDays(3);
        UUID accepted = fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, day, TimeAccuracy.EXACT,
                LocalTime.of(22, 15), null, "SKADEGORELSE_KLOTTER", ReportStatus.ACCEPTED);
        UUID closed = fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.NEAR_LON, day, TimeAccuracy.PART_OF_DAY,
                null, PartOfDay.EVENING, "NARKOTIKA", ReportStatus.CLOSED);
        fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, day, TimeAccuracy.DAY, null, null,
                "NARKOTIKA", ReportStatus.REJECTED);
        fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, day, TimeAccuracy.DAY, null, null,
                "NARKOTIKA", ReportStatus.SUBMITTED);
        UUID noPoint = fixture.report(s, null, null, day, TimeAccuracy.WEEK, null, null, "SKADEGORELSE_KLOTTER",
                ReportStatus.ACCEPTED);
        fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, day.minusDays(60), TimeAccuracy.DAY, null,
                null, "SKADEGORELSE_KLOTTER", ReportStatus.ACCEPTED);

        var from = day.minusDays(7).atStartOfDay(STOCKHOLM).toInstant();
        var to = day.plusDays(3).atStartOfDay(STOCKHOLM).toInstant();
        var everywhere = api.observations(new ObservationQuery(s.ws().id(), Set.of(), from, to, Set.of()));
        assertThat(everywhere).extracting(ObservedIncident::id).containsExactlyInAnyOrder(accepted, closed, noPoint);

        var inArea = api.observations(new ObservationQuery(s.ws().id(), Set.of(s.area().id()), from, to, Set.of()));
        assertThat(inArea).extracting(ObservedIncident::id).containsExactlyInAnyOrder(accepted, closed);
        var first = inArea.stream().filter(o -> o.id().equals(accepted)).findFirst().orElseThrow();
        assertThat(first.areaIds()).contains(s.area().id());
        assertThat(first.categoryCodes()).containsExactly("SKADEGORELSE_KLOTTER");
        assertThat(first.h3r9()).isEqualTo(geo.h3(IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, 9));
        assertThat(first.h3r7()).isNotNull();
        assertThat(first.accuracy()).isEqualTo(ObservedIncident.TimeAccuracy.EXACT);
        assertThat(first.occurredStart()).isEqualTo(first.occurredEnd());
        assertThat(first.status()).isEqualTo(ObservedIncident.CountedStatus.ACCEPTED);
        assertThat(first.citizen()).isFalse();
        var evening = inArea.stream().filter(o -> o.id().equals(closed)).findFirst().orElseThrow();
        assertThat(evening.occurredStart().atZone(STOCKHOLM).getHour()).isEqualTo(18);
        assertThat(java.time.Duration.between(evening.occurredStart(), evening.occurredEnd()).toHours()).isEqualTo(6);

        var drugs = api.observations(new ObservationQuery(s.ws().id(), Set.of(), from, to, Set.of("NARKOTIKA")));
        assertThat(drugs).extracting(ObservedIncident::id).containsExactly(closed);
        assertThat(api.awaitingTriage(new ObservationQuery(s.ws().id(), Set.of(), from, to, Set.of()))).isEqualTo(1);
        assertThat(api.categories(s.ws().id())).extracting(IncidentCategorySummary::code).contains("NARKOTIKA");
    }

    @Test
    void coverageCountsReportersAndNilReturnsPerAreaAndWeekAndStatusesComeFromTheConsensus() {
        var fixture = new SituationFixture(data, geo, categories, reports);
        var s = fixture.setup();
        var today = LocalDate.now(STOCKHOLM);
        fixture.report(s, IncidentFixture.INSIDE_LAT, IncidentFixture.INSIDE_LON, today, TimeAccuracy.DAY, null, null,
                "SKADEGORELSE_KLOTTER", ReportStatus.SUBMITTED);
        var lastWeek = new NilReturnService.IsoWeek(today.minusWeeks(1).get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                today.minusWeeks(1).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        nilReturns.declare(s.ws().id(), data.principal(s.reporter()).actor(), lastWeek);
        areaStatus.rate(s.ws().id(), s.area().id().value(), lastWeek, null, 3, AreaStatusService.Trend.WORSENING, null,
                s.coordinator().value());

        var coverage = api.coverage(s.ws().id(), Set.of(), today.minusWeeks(1), today);
        var thisWeek = NilReturnService.IsoWeek.current();
        assertThat(coverage).anySatisfy(c -> {
            assertThat(c.area()).isEqualTo(s.area().id());
            assertThat(c.isoWeek()).isEqualTo(thisWeek.week());
            assertThat(c.reporters()).isEqualTo(1);
        });
        // The reporter has no district, so the nil return covers the whole workspace.
        assertThat(coverage).anySatisfy(c -> {
            assertThat(c.area()).isNull();
            assertThat(c.isoWeek()).isEqualTo(lastWeek.week());
            assertThat(c.nilReturns()).isEqualTo(1);
        });

        var statuses = api.areaStatuses(s.ws().id(), today.minusWeeks(1), today);
        assertThat(statuses).singleElement().satisfies(st -> {
            assertThat(st.area()).isEqualTo(s.area().id());
            assertThat(st.level()).isEqualTo(3);
            assertThat(st.trend()).isEqualTo("WORSENING");
            assertThat(st.label()).isNotBlank();
        });
    }
}
