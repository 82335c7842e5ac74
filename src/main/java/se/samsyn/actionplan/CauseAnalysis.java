package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Orsaksanalys of one problem: method, the three perspectives as text, numbered causes, who took part and when. */
public record CauseAnalysis(UUID problemId, AnalysisMethod method, @Nullable String place, @Nullable String victim,
        @Nullable String offender, @Nullable String participants, @Nullable LocalDate analysedOn, List<Cause> causes) {}
