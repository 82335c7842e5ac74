package se.samsyn.statistics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Survey rounds: field period, sample, response rate and each party's share of the cost. */
@Service
public class SurveyService {

    private final SurveyRepository surveys;
    private final AuditApi audit;

    SurveyService(SurveyRepository surveys, AuditApi audit) {
        this.surveys = surveys;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SurveyRound> rounds(WorkspaceId workspace) {
        return surveys.rounds(workspace);
    }

    @Transactional
    public void updateRound(WorkspaceId workspace, UUID round, @Nullable LocalDate fieldStart, @Nullable LocalDate fieldEnd,
            @Nullable Integer sample, @Nullable Integer responses, @Nullable Double responseRate,
            @Nullable String party, @Nullable Double sharePercent) {
        if (rounds(workspace).stream().noneMatch(r -> r.id().equals(round))) {
            throw new NotFoundException("statistics.error.roundNotFound");
        }
        if (fieldStart != null && fieldEnd != null && fieldEnd.isBefore(fieldStart)) {
            throw new RuleViolationException("statistics.survey.error.fieldPeriod");
        }
        if (responseRate != null && (responseRate < 0 || responseRate > 100)
                || sharePercent != null && (sharePercent < 0 || sharePercent > 100)) {
            throw new RuleViolationException("statistics.survey.error.percent");
        }
        surveys.updateRound(workspace, round, fieldStart, fieldEnd, sample, responses, responseRate);
        if (party != null && !party.isBlank() && sharePercent != null) {
            surveys.costShare(workspace, round, party.strip(), sharePercent);
        }
        audit.record(AuditRecord.change(workspace, "UPDATE", "SurveyRound", round));
    }
}
