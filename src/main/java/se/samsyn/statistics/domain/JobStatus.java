package se.samsyn.statistics.domain;

/** Where an import job is. Labels: {@code statistics.job.status.*}. */
public enum JobStatus {
    CHECKING,
    READY,
    REJECTED,
    RUNNING,
    DONE,
    FAILED;

    public boolean busy() {
        return this == CHECKING || this == RUNNING;
    }
}
