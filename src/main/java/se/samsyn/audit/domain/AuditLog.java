package se.samsyn.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditEntryView;
import se.samsyn.audit.ChainVerification;
import se.samsyn.audit.AuditQuery;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.WorkspaceId;

/**
 * Loggbok: append-only, each entry hashed together with the previous entry's hash so that edits made behind the
 * application's back show up in {@link #verifyChain()}.
 */
@Service
public class AuditLog {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void append(AuditRecord record) {
        Actor actor = Actors.find().orElse(null);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String previous = lockChainHead();
        UUID actorId = actor == null ? null : actor.userId();
        String actorEmail = actor == null ? "system" : actor.email();
        String workspace = record.workspace() == null ? null : record.workspace().toString();
        String hash = hash(previous, id, now, actorEmail, workspace, record);
        jdbc.sql("""
                insert into audit.audit_entry (id, occurred_at, actor_id, actor_email, workspace_id, action, object_type,
                    object_id, reason, details, sensitive_read, prev_hash, hash)
                values (:id, :at, :actorId, :email, :ws, :action, :type, :objectId, :reason, :details, :sensitive, :prev, :hash)
                """)
                .param("id", id)
                .param("at", Timestamp.from(now))
                .param("actorId", actorId)
                .param("email", actorEmail)
                .param("ws", record.workspace() == null ? null : record.workspace().value())
                .param("action", record.action())
                .param("type", record.objectType())
                .param("objectId", record.objectId())
                .param("reason", record.reason())
                .param("details", record.details())
                .param("sensitive", record.sensitiveRead())
                .param("prev", previous)
                .param("hash", hash)
                .update();
        jdbc.sql("update audit.chain_head set hash = :hash where id = 1").param("hash", hash).update();
    }

    private String lockChainHead() {
        var head = jdbc.sql("select hash from audit.chain_head where id = 1 for update").query(String.class).optional();
        if (head.isPresent()) {
            return head.get();
        }
        jdbc.sql("insert into audit.chain_head (id, hash) values (1, '')").update();
        return "";
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> search(AuditQuery query) {
        var where = where(query);
        return where.bind(jdbc.sql("select * from audit.audit_entry" + where.sql
                        + " order by seq desc limit :limit offset :offset"))
                .param("limit", query.size())
                .param("offset", query.page() * query.size())
                .query((rs, n) -> new AuditEntryView(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_email"),
                        rs.getObject("workspace_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("reason"),
                        rs.getString("details"),
                        rs.getBoolean("sensitive_read")))
                .list();
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        var where = where(query);
        return where.bind(jdbc.sql("select count(*) from audit.audit_entry" + where.sql)).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public boolean verifyChain() {
        return verify().intact();
    }

    /** Walks the whole chain in write order; stops at the first entry whose links or hash do not match. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var previous = new String[] {""};
        var count = new long[] {0};
        var broken = new Object[] {null, null};
        jdbc.sql("select * from audit.audit_entry order by seq").query(rs -> {
            if (broken[0] != null) {
                return;
            }
            count[0]++;
            String prev = Objects.requireNonNullElse(rs.getString("prev_hash"), "");
            UUID wsId = rs.getObject("workspace_id", UUID.class);
            var record = new AuditRecord(
                    wsId == null ? null : new WorkspaceId(wsId),
                    rs.getString("action"),
                    rs.getString("object_type"),
                    rs.getString("object_id"),
                    rs.getString("reason"),
                    rs.getString("details"),
                    rs.getBoolean("sensitive_read"));
            String expected = hash(prev, rs.getObject("id", UUID.class),
                    rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_email"),
                    wsId == null ? null : wsId.toString(), record);
            if (!prev.equals(previous[0]) || !expected.equals(rs.getString("hash"))) {
                broken[0] = rs.getLong("seq");
                broken[1] = rs.getTimestamp("occurred_at").toInstant();
            }
            previous[0] = rs.getString("hash");
        });
        if (broken[0] == null) {
            return new ChainVerification(true, count[0], null, null);
        }
        return new ChainVerification(false, count[0], (Long) broken[0], (Instant) broken[1]);
    }

    /** Distinct values of {@code action} or {@code object_type}, sorted. */
    @Transactional(readOnly = true)
    public List<String> distinct(String column, @Nullable WorkspaceId workspace) {
        if (!column.equals("action") && !column.equals("object_type")) {
            throw new IllegalArgumentException(column);
        }
        var spec = jdbc.sql("select distinct " + column + " from audit.audit_entry"
                + (workspace == null ? "" : " where workspace_id = :ws") + " order by " + column);
        if (workspace != null) {
            spec = spec.param("ws", workspace.value());
        }
        return spec.query(String.class).list();
    }

    private static String hash(String previous, UUID id, Instant at, @Nullable String actor, @Nullable String workspace,
            AuditRecord r) {
        String canonical = String.join("\u001f", previous, id.toString(), at.toString(), String.valueOf(actor),
                String.valueOf(workspace), r.action(), r.objectType(), String.valueOf(r.objectId()),
                String.valueOf(r.reason()), String.valueOf(r.details()), String.valueOf(r.sensitiveRead()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Where where(AuditQuery q) {
        var clauses = new ArrayList<String>();
        var where = new Where();
        if (q.workspace() != null) {
            clauses.add("workspace_id = :ws");
            where.params.add(new Object[] {"ws", q.workspace().value()});
        }
        if (q.actorEmail() != null && !q.actorEmail().isBlank()) {
            clauses.add("lower(actor_email) like :email");
            where.params.add(new Object[] {"email", "%" + q.actorEmail().toLowerCase() + "%"});
        }
        if (q.action() != null && !q.action().isBlank()) {
            clauses.add("action = :action");
            where.params.add(new Object[] {"action", q.action()});
        }
        if (q.objectType() != null && !q.objectType().isBlank()) {
            clauses.add("object_type = :type");
            where.params.add(new Object[] {"type", q.objectType()});
        }
        if (q.objectId() != null && !q.objectId().isBlank()) {
            clauses.add("object_id = :objectId");
            where.params.add(new Object[] {"objectId", q.objectId()});
        }
        if (q.from() != null) {
            clauses.add("occurred_at >= :from");
            where.params.add(new Object[] {"from", Timestamp.from(q.from().atStartOfDay(STOCKHOLM).toInstant())});
        }
        if (q.to() != null) {
            clauses.add("occurred_at < :to");
            where.params.add(new Object[] {"to", Timestamp.from(q.to().plusDays(1).atStartOfDay(STOCKHOLM).toInstant())});
        }
        where.sql = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        return where;
    }

    private static final class Where {
        private String sql = "";
        private final List<Object[]> params = new ArrayList<>();

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (Object[] p : params) {
                spec = spec.param((String) p[0], p[1]);
            }
            return spec;
        }
    }
}
