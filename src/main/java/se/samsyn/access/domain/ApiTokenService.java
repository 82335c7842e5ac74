package se.samsyn.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.access.UserId;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;

/** Personliga API-nycklar: only a SHA-256 of the token is stored; the token itself is shown once. */
@Service
public class ApiTokenService {

    public record IssuedToken(UUID id, String token) {}

    public record TokenView(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt, boolean revoked) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditApi audit;

    ApiTokenService(JdbcClient jdbc, AuditApi audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public IssuedToken issue(UserId user, String name, @Nullable Instant expiresAt) {
        if (name.isBlank() || name.length() > 100) {
            throw new RuleViolationException("access.error.tokenNameRequired");
        }
        if (expiresAt != null && expiresAt.isBefore(Instant.now())) {
            throw new RuleViolationException("access.error.tokenExpiryInPast");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "ssn_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into access.api_token (id, user_id, name, token_hash, token_prefix, created_at, expires_at)
                values (:id, :user, :name, :hash, :prefix, :now, :expires)
                """)
                .param("id", id)
                .param("user", user.value())
                .param("name", name.strip())
                .param("hash", sha256(token))
                .param("prefix", token.substring(0, 8))
                .param("now", Timestamp.from(Instant.now()))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        audit.record(AuditRecord.change(null, "ISSUE_TOKEN", "ApiToken", id));
        return new IssuedToken(id, token);
    }

    @Transactional
    public void revoke(UserId user, UUID tokenId) {
        int changed = jdbc.sql("update access.api_token set revoked_at = :now where id = :id and user_id = :u and revoked_at is null")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", tokenId)
                .param("u", user.value())
                .update();
        if (changed == 0) {
            throw new NotFoundException("access.error.tokenNotFound");
        }
        audit.record(AuditRecord.change(null, "REVOKE_TOKEN", "ApiToken", tokenId));
    }

    @Transactional(readOnly = true)
    public List<TokenView> tokensOf(UserId user) {
        return jdbc.sql("select * from access.api_token where user_id = :u order by created_at desc")
                .param("u", user.value())
                .query((rs, n) -> {
                    Timestamp expires = rs.getTimestamp("expires_at");
                    Timestamp used = rs.getTimestamp("last_used_at");
                    return new TokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
                            rs.getTimestamp("created_at").toInstant(), expires == null ? null : expires.toInstant(),
                            used == null ? null : used.toInstant(), rs.getTimestamp("revoked_at") != null);
                })
                .list();
    }

    /** The user a valid, unrevoked, unexpired token belongs to. */
    @Transactional
    public Optional<UserId> authenticate(String token) {
        var row = jdbc.sql("""
                select id, user_id from access.api_token
                where token_hash = :h and revoked_at is null and (expires_at is null or expires_at > :now)
                """)
                .param("h", sha256(token))
                .param("now", Timestamp.from(Instant.now()))
                .query((rs, n) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class)})
                .optional();
        row.ifPresent(r -> jdbc.sql("update access.api_token set last_used_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", r[0])
                .update());
        return row.map(r -> new UserId(r[1]));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
