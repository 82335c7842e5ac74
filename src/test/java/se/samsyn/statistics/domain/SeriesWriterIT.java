package se.samsyn.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.AreaLevel;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.NewSeries;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesValue;
import se.samsyn.statistics.Source;
import se.samsyn.statistics.StatisticsApi;

@IntegrationTest
class SeriesWriterIT {

    @Autowired SeriesWriter writer;
    @Autowired StatisticsApi statistics;
    @Autowired CategoryService categories;
    @Autowired TransactionTemplate tx;
    @Autowired TestData data;

    static NewSeries graffiti(String area) {
        return new NewSeries(Source.OTHER, "KLOTTER", "Klottersanering", Measure.AMOUNT, "kr", Granularity.MONTH,
                AreaLevel.AREA, null, null, area, true);
    }

    static NewSeries bra(String category) {
        return new NewSeries(Source.BRA, category, category, Measure.COUNT, "antal", Granularity.YEAR,
                AreaLevel.MUNICIPALITY, "1281", null, "Lund", true);
    }

    List<DataPoint> months(NewSeries s, int year, double... values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> new DataPoint(s, LocalDate.of(year, i + 1, 1), values[i], null, false)).toList();
    }

    ImportOutcome write(WorkspaceId ws, String sha, List<DataPoint> points, boolean wholePeriods) {
        return tx.execute(s -> writer.write(ws, ImportKind.OTHER, "fil.csv", sha, points.size(), points, wholePeriods,
                UUID.randomUUID()));
    }

    @Test
    void otherSeriesAreQueriedByAreaCategoryAndPeriodRange() {
        var ws = data.workspace();
        write(ws.id(), "a", months(graffiti("Centrum"), 2025, 100, 200, 300, 400), false);
        write(ws.id(), "b", months(graffiti("Norr"), 2025, 1, 2), false);

        var centrum = statistics.series(ws.id(), SeriesQuery.all().areaName("centrum").category("KLOTTER"));
        assertThat(centrum).singleElement().satisfies(s -> {
            assertThat(s.valueCount()).isEqualTo(4);
            assertThat(s.lowerIsBetter()).isTrue();
        });
        var values = statistics.values(ws.id(), SeriesQuery.all().areaName("Centrum")
                .between(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
        assertThat(values).extracting(SeriesValue::period).containsExactly("2025-02", "2025-03");
        assertThat(values).extracting(SeriesValue::value).containsExactly(200.0, 300.0);
        assertThat(statistics.series(ws.id(), SeriesQuery.all().source(Source.OTHER))).hasSize(2);
    }

    @Test
    void theSameFileTwiceChangesNothingAndACorrectionReplacesOnlyItsPeriods() {
        var ws = data.workspace();
        write(ws.id(), "first", months(graffiti("Centrum"), 2025, 10, 20, 30), false);

        var again = write(ws.id(), "first", months(graffiti("Centrum"), 2025, 99, 99, 99), false);
        assertThat(again.alreadyImported()).isTrue();

        var corrected = write(ws.id(), "second", List.of(new DataPoint(graffiti("Centrum"), LocalDate.of(2025, 2, 1), 25, null,
                false)), false);
        assertThat(corrected.replaced()).isEqualTo(1);
        assertThat(statistics.values(ws.id(), SeriesQuery.all())).extracting(SeriesValue::value).containsExactly(10.0, 25.0, 30.0);
    }

    @Test
    void aCouncilCategoryFindsTheBraCategoriesMappedToIt() {
        var ws = data.workspace();
        write(ws.id(), "bra", List.of(new DataPoint(bra("Skadegörelsebrott"), LocalDate.of(2013, 1, 1), 500, null, false),
                new DataPoint(bra("Stöldbrott"), LocalDate.of(2013, 1, 1), 900, null, false)), false);
        var id = categories.create(ws.id(), "skadegorelse", "Skadegörelse", LocalDate.of(2010, 1, 1), null);
        categories.map(ws.id(), id, "BRA", "Skadegörelsebrott");

        var found = statistics.series(ws.id(), SeriesQuery.all().councilCategory("SKADEGORELSE"));
        assertThat(found).extracting(s -> s.categoryCode()).containsExactly("Skadegörelsebrott");
        assertThat(statistics.councilCategories(ws.id())).singleElement()
                .satisfies(c -> assertThat(c.names("BRA")).containsExactly("Skadegörelsebrott"));
    }
}
