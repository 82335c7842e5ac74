package se.samsyn.agreement.domain;

import java.time.LocalDate;
import se.samsyn.agreement.RemissRoundId;

public record RoundSummary(RemissRoundId id, int version, String title, LocalDate sentOn, LocalDate deadline,
        boolean closed, int recipients, int replies) {}
