package se.samsyn.access.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.ActorHolder;

/** Inloggningsspärr: locks an account for a while after too many wrong passwords in a row. */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final int maxFailures;
    private final Duration lockTime;

    LoginThrottle(JdbcClient jdbc, AuditApi audit,
            @Value("${samsyn.access.max-failed-logins:5}") int maxFailures,
            @Value("${samsyn.access.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String email = UserService.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        jdbc.sql("update access.user_account set failed_logins = failed_logins + 1 where email = :e").param("e", email).update();
        jdbc.sql("update access.user_account set locked_until = :until, failed_logins = 0 where email = :e and failed_logins >= :max")
                .param("until", Timestamp.from(Instant.now().plus(lockTime)))
                .param("e", email)
                .param("max", maxFailures)
                .update();
        audit.record(new AuditRecord(null, "LOGIN_FAILED", "User", null, null, "email=" + email, false));
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ActorHolder holder) {
            jdbc.sql("update access.user_account set failed_logins = 0, locked_until = null, last_login_at = :now where id = :id")
                    .param("now", Timestamp.from(Instant.now()))
                    .param("id", holder.actor().userId())
                    .update();
        }
    }
}
