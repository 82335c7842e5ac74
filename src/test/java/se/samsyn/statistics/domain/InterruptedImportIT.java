package se.samsyn.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.StatisticsApi;

/**
 * Killing the process during an import: a job left RUNNING is marked failed at start-up, a write that never committed
 * leaves the previous period whole, and running the file again imports it once.
 */
@IntegrationTest
class InterruptedImportIT {

    @Autowired ImportJobs jobs;
    @Autowired ImportJobRepository repository;
    @Autowired StatisticsApi statistics;
    @Autowired TestData data;
    @Autowired CategoryService categories;
    @Autowired SeriesWriter writer;
    @Autowired TransactionTemplate tx;

    @Test
    void anInterruptedJobIsMarkedFailedAndTheFileCanBeImportedAgainWithoutDuplicates() {
        var ws = data.workspace().id();
        byte[] file = "serie;enhet;område;period;värde\nKlotter;kr;;2026-01;100\n".getBytes(StandardCharsets.UTF_8);
        var id = UUID.randomUUID();
        repository.insert(id, ws, ImportKind.OTHER, "klotter.csv", ImportJobs.sha256(file), file, UUID.randomUUID());
        repository.transition(id, JobStatus.CHECKING, JobStatus.RUNNING);

        jobs.failInterruptedJobs();

        assertThat(jobs.job(ws, id).status()).isEqualTo(JobStatus.FAILED);
        assertThat(jobs.problems(ws, id)).extracting(ImportProblem::messageKey).containsExactly("statistics.job.interrupted");
        jobs.importNow(ws, ImportKind.OTHER, "klotter.csv", file, UUID.randomUUID());
        jobs.importNow(ws, ImportKind.OTHER, "klotter.csv", file, UUID.randomUUID());
        assertThat(statistics.values(ws, SeriesQuery.all())).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(100.0));
    }

    /**
     * The process dies after the corrected file's values were written but before the commit (here: an exception at that
     * point, which ends the transaction the same way). The period keeps its previous values, nothing of the cut-off run
     * is left, and running the corrected file again replaces the period once.
     */
    @Test
    void aPoliceImportCutOffBeforeCommitLeavesThePreviousPeriodWholeAndRunsAgainOnce() {
        var workspace = data.workspace();
        var ws = workspace.id();
        data.actAs(data.user(workspace, se.samsyn.shared.Role.COORDINATOR));
        categories.create(ws, "VALD", "Våldsbrott", java.time.LocalDate.of(2020, 1, 1), null);
        categories.create(ws, "SKADE", "Skadegörelse", java.time.LocalDate.of(2020, 1, 1), null);
        var by = UUID.randomUUID();
        jobs.importNow(ws, ImportKind.POLICE, "jan.csv", police(workspace, "VALD;3\n" + workspace.name() + ";2026-01;SKADE;4"), by);

        byte[] corrected = police(workspace, "VALD;9");
        var parsed = jobs.parse(ws, ImportKind.POLICE, "jan-rättad.csv", corrected, n -> {});
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            writer.write(ws, ImportKind.POLICE, "jan-rättad.csv", ImportJobs.sha256(corrected), parsed.rows(),
                    parsed.points(), parsed.replaceWholePeriods(), by);
            throw new IllegalStateException("process killed before commit");
        })).hasMessageContaining("killed");
        assertThat(statistics.values(ws, SeriesQuery.all())).extracting(v -> v.value()).containsExactlyInAnyOrder(3.0, 4.0);

        jobs.importNow(ws, ImportKind.POLICE, "jan-rättad.csv", corrected, by);
        jobs.importNow(ws, ImportKind.POLICE, "jan-rättad.csv", corrected, by);
        assertThat(statistics.values(ws, SeriesQuery.all())).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(9.0));
    }

    private static byte[] police(TestData.TestWorkspace ws, String rest) {
        return ("område;period;kategori;antal\n" + ws.name() + ";2026-01;" + rest + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
