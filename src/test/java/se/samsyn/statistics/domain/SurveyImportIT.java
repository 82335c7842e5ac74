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
import se.samsyn.statistics.Measure;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesValue;
import se.samsyn.statistics.Source;
import se.samsyn.statistics.StatisticsApi;

/** Every CSV in ../shared/data/trygghet imports. */
@IntegrationTest
class SurveyImportIT {

    static final Path DATA = Path.of(System.getProperty("user.dir")).resolve("../shared/data/trygghet");

    @Autowired ImportJobs jobs;
    @Autowired SurveyService surveys;
    @Autowired StatisticsApi statistics;
    @Autowired TestData data;

    static byte[] file(String name) throws Exception {
        Path path = DATA.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("Real data file missing: " + path.toAbsolutePath().normalize());
        }
        return Files.readAllBytes(path);
    }

    @Test
    void pressReleaseResultsBecomeRoundsResultsAndIndexSeries() throws Exception {
        var ws = data.workspace().id();
        jobs.importNow(ws, ImportKind.SURVEY, "press.csv", file("trygghetsmatning_resultat_fran_pressmeddelanden.csv"),
                UUID.randomUUID());

        var lund = statistics.series(ws, SeriesQuery.all().source(Source.SURVEY).areaName("Lund").measure(Measure.INDEX_0_6));
        assertThat(lund).isNotEmpty().allSatisfy(s -> assertThat(s.lowerIsBetter()).isTrue());
        var values = statistics.values(ws, SeriesQuery.all().areaName("Lund").category(SurveyFiles.code(
                "totalindex (problemindex 0-6, lägre = tryggare)")));
        assertThat(values).extracting(SeriesValue::period).contains("2016", "2017", "2023");
        assertThat(values.get(0).value()).isEqualTo(1.4);
        assertThat(surveys.rounds(ws)).isNotEmpty().anySatisfy(r -> assertThat(r.responseRate()).isNotNull());
        assertThat(surveys.rounds(ws).stream().mapToInt(SurveyRound::results).sum()).isEqualTo(82);
    }

    @Test
    void goteborgSharesPerMellanomradeIncludingRowsWithoutYear() throws Exception {
        var ws = data.workspace().id();
        var outcome = jobs.importNow(ws, ImportKind.SURVEY, "gbg.csv", file("goteborg_trygghet_per_mellanomrade_2021-2023.csv"),
                UUID.randomUUID());
        assertThat(outcome.values()).isPositive();
        assertThat(surveys.rounds(ws).stream().mapToInt(SurveyRound::results).sum()).isEqualTo(27);
        assertThat(statistics.series(ws, SeriesQuery.all().areaName("Kålltorp-Torpa-Björkekärr")))
                .singleElement().satisfies(s -> assertThat(s.lowerIsBetter()).isFalse());
    }

    @Test
    void luleaSurveyAreasAndARoundWithCostShares() throws Exception {
        var ws = data.workspace().id();
        jobs.importNow(ws, ImportKind.SURVEY, "lulea.csv", file("matomraden_lulea_2019_2023.csv"), UUID.randomUUID());
        jobs.importNow(ws, ImportKind.SURVEY, "press.csv", file("trygghetsmatning_resultat_fran_pressmeddelanden.csv"),
                UUID.randomUUID());
        var round = surveys.rounds(ws).get(0);
        surveys.updateRound(ws, round.id(), LocalDate.of(2023, 8, 15), LocalDate.of(2023, 10, 15), 5000, 2600, 52.0,
                "Polisen", 50.0);
        surveys.updateRound(ws, round.id(), LocalDate.of(2023, 8, 15), LocalDate.of(2023, 10, 15), 5000, 2600, 52.0,
                "Kommunen", 50.0);
        assertThat(surveys.rounds(ws).get(0).costShares()).isEqualTo("Kommunen 50 %, Polisen 50 %");
    }
}
