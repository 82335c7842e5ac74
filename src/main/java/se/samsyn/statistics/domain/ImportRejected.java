package se.samsyn.statistics.domain;

import java.util.List;

/** The file cannot be imported as it is; nothing was stored. */
public class ImportRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;

    ImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " problems, first: " + problems.get(0).messageKey(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    ImportRejected(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
