package se.samsyn.incident.domain;

import se.samsyn.shared.RuleViolationException;

/** A rule broken by one observation of a submission: which one (0-based) and which field, for the form. */
public class ObservationProblem extends RuleViolationException {

    private final int index;
    private final String field;

    public ObservationProblem(int index, String field, RuleViolationException cause) {
        super(cause.messageKey(), prepend(index + 1, cause.arguments()));
        this.index = index;
        this.field = field;
    }

    public int index() {
        return index;
    }

    public String field() {
        return field;
    }

    private static Object[] prepend(int number, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = number;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
