package se.samsyn.agreement.domain;

import java.time.LocalDate;
import se.samsyn.agreement.ReferralRoundId;

public record RoundSummary(ReferralRoundId id, int version, String title, LocalDate sentOn, LocalDate deadline,
        boolean closed, int recipients, int replies) {}
