package se.samsyn.incident.domain;

import java.util.List;

/** A reporter's send: the key makes a repeated send return the first result instead of a duplicate. */
public record NewSubmission(String submissionKey, String channel, List<NewObservation> observations,
        boolean personalDataConfirmed) {}
