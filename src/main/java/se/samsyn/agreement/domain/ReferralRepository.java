package se.samsyn.agreement.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.NewRecipient;
import se.samsyn.agreement.ReferralReply;
import se.samsyn.agreement.ReferralRoundId;
import se.samsyn.agreement.ReplyPosition;
import se.samsyn.shared.WorkspaceId;

@Repository
class ReferralRepository {

    record Round(ReferralRoundId id, AgreementId agreement, int version, String title, LocalDate sentOn, LocalDate deadline,
            boolean closed, @Nullable LocalDate closedOn, @Nullable String compilation) {}

    private static final String ROUND = "select id, agreement_id, version_no, title, sent_on, deadline, status, closed_on, "
            + "compilation from agreement.referral_round ";

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertRound(WorkspaceId workspace, ReferralRoundId id, AgreementId agreement, int version, String title,
            LocalDate sentOn, LocalDate deadline) {
        jdbc.sql("""
                insert into agreement.referral_round (id, workspace_id, agreement_id, version_no, title, sent_on, deadline,
                  status, created_at)
                values (:id, :ws, :a, :v, :title, :sent, :deadline, 'SENT', :now)""")
                .param("id", id.value()).param("ws", workspace.value()).param("a", agreement.value()).param("v", version)
                .param("title", title).param("sent", Date.valueOf(sentOn)).param("deadline", Date.valueOf(deadline))
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    Optional<Round> round(WorkspaceId workspace, ReferralRoundId id) {
        return jdbc.sql(ROUND + "where id = :id and workspace_id = :ws")
                .param("id", id.value()).param("ws", workspace.value()).query((rs, n) -> round(rs)).optional();
    }

    List<Round> rounds(WorkspaceId workspace, AgreementId agreement) {
        return jdbc.sql(ROUND + "where workspace_id = :ws and agreement_id = :a order by sent_on desc, created_at desc")
                .param("ws", workspace.value()).param("a", agreement.value()).query((rs, n) -> round(rs)).list();
    }

    private static Round round(ResultSet rs) throws SQLException {
        return new Round(new ReferralRoundId(rs.getObject(1, UUID.class)), new AgreementId(rs.getObject(2, UUID.class)),
                rs.getInt(3), rs.getString(4), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
                "CLOSED".equals(rs.getString(7)), AgreementRepository.dateOrNull(rs, 8), rs.getString(9));
    }

    void insertRecipient(ReferralRoundId round, NewRecipient r) {
        Integer max = jdbc.sql("select max(position) from agreement.referral_recipient where round_id = :r")
                .param("r", round.value()).query(Integer.class).optional().orElse(null);
        jdbc.sql("""
                insert into agreement.referral_recipient (id, round_id, position, name, organisation_id, email)
                values (:id, :r, :pos, :name, :org, :email)""")
                .param("id", UUID.randomUUID()).param("r", round.value()).param("pos", max == null ? 1 : max + 1)
                .param("name", r.name()).param("org", r.organisation() == null ? null : r.organisation().value())
                .param("email", r.email())
                .update();
    }

    List<RecipientView> recipients(ReferralRoundId round) {
        return jdbc.sql("""
                select id, name, organisation_id, email, reminded_at, reply_position, reply_on, reply_ref, reply_text,
                  file_name, resulting_change
                from agreement.referral_recipient where round_id = :r order by position""")
                .param("r", round.value())
                .query((rs, n) -> {
                    Timestamp reminded = rs.getTimestamp(5);
                    String position = rs.getString(6);
                    return new RecipientView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                            rs.getString(4), reminded == null ? null : reminded.toInstant(),
                            position == null ? null : ReplyPosition.valueOf(position), AgreementRepository.dateOrNull(rs, 7),
                            rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
                })
                .list();
    }

    int saveReply(ReferralRoundId round, UUID recipient, ReferralReply reply) {
        return jdbc.sql("""
                update agreement.referral_recipient set reply_position = :pos, reply_on = :on, reply_ref = :ref,
                  reply_text = :text, file_name = :file, content_type = :type, data = :data
                where id = :id and round_id = :r""")
                .param("id", recipient).param("r", round.value())
                .param("pos", java.util.Objects.requireNonNull(reply.position()).name())
                .param("on", Date.valueOf(java.util.Objects.requireNonNull(reply.receivedOn())))
                .param("ref", reply.reference()).param("text", reply.text()).param("file", reply.fileName())
                .param("type", reply.contentType()).param("data", reply.data())
                .update();
    }

    int noteChange(ReferralRoundId round, UUID recipient, @Nullable String change) {
        return jdbc.sql("update agreement.referral_recipient set resulting_change = :c where id = :id and round_id = :r")
                .param("id", recipient).param("r", round.value()).param("c", change).update();
    }

    void markReminded(UUID recipient) {
        jdbc.sql("update agreement.referral_recipient set reminded_at = :now where id = :id")
                .param("id", recipient).param("now", Timestamp.from(Instant.now())).update();
    }

    void close(ReferralRoundId round, @Nullable String compilation, LocalDate on) {
        jdbc.sql("update agreement.referral_round set status = 'CLOSED', compilation = :c, closed_on = :on where id = :id")
                .param("id", round.value()).param("c", compilation).param("on", Date.valueOf(on)).update();
    }

    Optional<StoredFile> replyFile(WorkspaceId workspace, ReferralRoundId round, UUID recipient) {
        return jdbc.sql("""
                select x.file_name, x.content_type, x.data from agreement.referral_recipient x
                join agreement.referral_round r on r.id = x.round_id
                where x.id = :id and r.id = :r and r.workspace_id = :ws and x.data is not null""")
                .param("id", recipient).param("r", round.value()).param("ws", workspace.value())
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** For the reminder mail: the recipient, its round's title and deadline. */
    record Reminder(String email, String name, String title, LocalDate deadline) {}

    Optional<Reminder> reminder(UUID recipient) {
        return jdbc.sql("""
                select x.email, x.name, r.title, r.deadline from agreement.referral_recipient x
                join agreement.referral_round r on r.id = x.round_id where x.id = :id and x.email is not null""")
                .param("id", recipient)
                .query((rs, n) -> new Reminder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()))
                .optional();
    }
}
