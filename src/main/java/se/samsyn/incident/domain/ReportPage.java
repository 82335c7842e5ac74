package se.samsyn.incident.domain;

import java.util.List;

/** A page of reports with the totals of the whole filter: observations and unique problems (duplicates linked). */
public record ReportPage(List<ReportRow> rows, int page, int size, long observations, long uniqueProblems) {

    public boolean hasNext() {
        return (long) (page + 1) * size < observations;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
