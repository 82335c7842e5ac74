package se.samsyn.incident.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.Actor;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** "Inget att rapportera": a reporter's nil return for their areas and one ISO week, at most one per week. */
@Service
public class NilReturnService {

    public record IsoWeek(int year, int week) {

        public static IsoWeek of(LocalDate day) {
            return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        public static IsoWeek current() {
            return of(LocalDate.now(Occurrence.ZONE));
        }

        boolean after(IsoWeek other) {
            return year > other.year || (year == other.year && week > other.week);
        }
    }

    /** {@code created} is false when the reporter had already declared the week. */
    public record Declared(IsoWeek week, boolean created) {}

    private final JdbcClient jdbc;
    private final AuditApi audit;

    NilReturnService(JdbcClient jdbc, AuditApi audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Declared declare(WorkspaceId workspace, Actor reporter, IsoWeek week) {
        if (week.week() < 1 || week.week() > 53 || week.after(IsoWeek.current())) {
            throw new RuleViolationException("incident.error.nilReturnWeek");
        }
        if (declared(workspace, reporter.userId(), week)) {
            return new Declared(week, false);
        }
        String areas = reporter.memberships().stream()
                .filter(m -> m.workspace().equals(workspace))
                .map(m -> m.district())
                .filter(Objects::nonNull)
                .map(UUID::toString)
                .distinct()
                .collect(Collectors.joining(","));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into incident.nil_return (id, workspace_id, reporter_id, iso_year, iso_week, area_ids, declared_at)
                values (:id, :ws, :r, :y, :w, :areas, :at)
                """)
                .param("id", id).param("ws", workspace.value()).param("r", reporter.userId()).param("y", week.year())
                .param("w", week.week()).param("areas", areas.isEmpty() ? null : areas)
                .param("at", Timestamp.from(Instant.now()))
                .update();
        audit.record(AuditRecord.change(workspace, "NIL_RETURN", "NilReturn", id)
                .with("week=" + week.year() + "-W" + week.week()));
        return new Declared(week, true);
    }

    @Transactional(readOnly = true)
    public boolean declared(WorkspaceId workspace, UUID reporter, IsoWeek week) {
        return jdbc.sql("""
                select count(*) from incident.nil_return
                where workspace_id = :ws and reporter_id = :r and iso_year = :y and iso_week = :w
                """)
                .param("ws", workspace.value()).param("r", reporter).param("y", week.year()).param("w", week.week())
                .query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public long count(WorkspaceId workspace, IsoWeek week) {
        return jdbc.sql("select count(*) from incident.nil_return where workspace_id = :ws and iso_year = :y and iso_week = :w")
                .param("ws", workspace.value()).param("y", week.year()).param("w", week.week())
                .query(Long.class).single();
    }
}
