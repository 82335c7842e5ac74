package se.samsyn.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.StatisticsApi;

/** A job left RUNNING by a killed process is marked failed at start-up, and running the file again imports it once. */
@IntegrationTest
class InterruptedImportIT {

    @Autowired ImportJobs jobs;
    @Autowired ImportJobRepository repository;
    @Autowired StatisticsApi statistics;
    @Autowired TestData data;

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
}
