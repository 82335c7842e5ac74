package se.samsyn.agreement.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.agreement.ComplianceItem;
import se.samsyn.agreement.domain.ComplianceRow.Level;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * The compliance board. "Agreement in force" is derived from the agreements; the other items rest on dates the
 * coordinator records, and show as unknown (never green) while nothing is recorded.
 */
@Service
public class ComplianceService {

    private final AgreementService agreements;
    private final JdbcClient jdbc;
    private final AuditApi audit;

    ComplianceService(AgreementService agreements, JdbcClient jdbc, AuditApi audit) {
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ComplianceRow> board(WorkspaceId workspace, LocalDate today) {
        List<ComplianceRow> rows = new ArrayList<>();
        rows.add(agreementInForce(workspace, today));
        for (ComplianceItem item : ComplianceItem.values()) {
            if (item.recordedByHand()) {
                rows.add(recorded(item, latest(workspace, item), today));
            }
        }
        return rows;
    }

    @Transactional
    public void record(WorkspaceId workspace, @Nullable ComplianceItem item, @Nullable LocalDate doneOn, @Nullable String note,
            @Nullable UUID by, LocalDate today) {
        if (item == null || !item.recordedByHand()) {
            throw new RuleViolationException("agreement.compliance.error.item");
        }
        if (doneOn == null) {
            throw new RuleViolationException("agreement.compliance.error.noDate");
        }
        if (doneOn.isAfter(today)) {
            throw new RuleViolationException("agreement.compliance.error.future");
        }
        jdbc.sql("""
                insert into agreement.compliance_record (id, workspace_id, item, done_on, note, recorded_by, recorded_at)
                values (:id, :ws, :item, :on, :note, :by, :now)""")
                .param("id", UUID.randomUUID()).param("ws", workspace.value()).param("item", item.name())
                .param("on", Date.valueOf(doneOn)).param("note", AgreementService.blank(note)).param("by", by)
                .param("now", Timestamp.from(Instant.now())).update();
        audit.record(AuditRecord.change(workspace, "RECORD", "ComplianceItem", item));
    }

    private ComplianceRow agreementInForce(WorkspaceId workspace, LocalDate today) {
        var inForce = agreements.list(workspace, today).stream()
                .filter(r -> r.status().inForce() && !r.validFrom().isAfter(today) && !r.validTo().isBefore(today))
                .findFirst();
        if (inForce.isEmpty()) {
            return new ComplianceRow(ComplianceItem.AGREEMENT_IN_FORCE, Level.RED, "agreement.compliance.reason.noAgreement",
                    null, null, null);
        }
        var r = inForce.get();
        boolean renew = r.renewalYear() != null;
        return new ComplianceRow(ComplianceItem.AGREEMENT_IN_FORCE, renew ? Level.AMBER : Level.GREEN,
                renew ? "agreement.compliance.reason.renewSoon" : "agreement.compliance.reason.inForce", r.validTo(),
                r.title(), r.id());
    }

    /** How old a recorded date may be: the lägesbild at least every second year, the yearly items once a year. */
    static ComplianceRow recorded(ComplianceItem item, Optional<Record> latest, LocalDate today) {
        if (latest.isEmpty()) {
            return new ComplianceRow(item, Level.UNKNOWN, "agreement.compliance.reason.notRecorded", null, null, null);
        }
        var r = latest.get();
        int months = switch (item) {
            case SITUATION_PICTURE, ACTION_PLAN -> 24;
            case COORDINATION_FUNCTION -> 0;
            default -> 12;
        };
        if (months == 0) {
            return new ComplianceRow(item, Level.GREEN, "agreement.compliance.reason.named", r.doneOn(), r.note(), null);
        }
        LocalDate due = r.doneOn().plusMonths(months);
        Level level = due.isBefore(today) ? Level.RED : due.minusMonths(3).isBefore(today) ? Level.AMBER : Level.GREEN;
        String reason = level == Level.RED ? "agreement.compliance.reason.overdue" : level == Level.AMBER
                ? "agreement.compliance.reason.dueSoon" : "agreement.compliance.reason.done";
        return new ComplianceRow(item, level, reason, r.doneOn(), r.note(), null);
    }

    record Record(LocalDate doneOn, @Nullable String note) {}

    private Optional<Record> latest(WorkspaceId workspace, ComplianceItem item) {
        return jdbc.sql("""
                select done_on, note from agreement.compliance_record where workspace_id = :ws and item = :item
                order by done_on desc, recorded_at desc""")
                .param("ws", workspace.value()).param("item", item.name())
                .query((rs, n) -> new Record(rs.getDate(1).toLocalDate(), rs.getString(2))).list().stream().findFirst();
    }

}
