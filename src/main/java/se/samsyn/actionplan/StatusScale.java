package se.samsyn.actionplan;

import java.util.List;

/**
 * The follow-up status codes a workspace uses: grön/gul/röd by default, or G/H/P/E. The last code of each list is the
 * worst; {@link #done()} is the code that means "carried out". Labels: {@code actionplan.status.*}.
 */
public enum StatusScale {
    TRAFFIC_LIGHT(List.of("GREEN", "YELLOW", "RED"), "GREEN"),
    GHPE(List.of("G", "P", "H", "E"), "G");

    private final List<String> codes;
    private final String done;

    StatusScale(List<String> codes, String done) {
        this.codes = codes;
        this.done = done;
    }

    public List<String> codes() {
        return codes;
    }

    public String done() {
        return done;
    }
}
