package se.samsyn.access.domain;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;

/**
 * Maps an OIDC login onto an existing Samsyn account: first by the stored subject, then by verified e-mail (and then
 * the subject is remembered). Accounts are never created from an OIDC login; an administrator creates them.
 */
public class MunicipalIdentityProvider extends OidcUserService {

    private final UserService users;
    private final JdbcClient jdbc;
    private final AuditApi audit;

    public MunicipalIdentityProvider(UserService users, JdbcClient jdbc, AuditApi audit) {
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        String subject = request.getClientRegistration().getRegistrationId() + ":" + oidc.getSubject();
        var bySubject = jdbc.sql("select email from access.user_account where oidc_subject = :s").param("s", subject)
                .query(String.class).optional();
        String email = bySubject.orElseGet(() -> {
            String claimed = oidc.getEmail();
            if (claimed == null || Boolean.FALSE.equals(oidc.getEmailVerified())) {
                throw new OAuth2AuthenticationException(new OAuth2Error("unknown_user"), "access.error.oidcUnknownUser");
            }
            return claimed;
        });
        var principal = users.principal(email)
                .filter(p -> p.isEnabled() && p.isAccountNonLocked())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_user"), "access.error.oidcUnknownUser"));
        if (bySubject.isEmpty()) {
            jdbc.sql("update access.user_account set oidc_subject = :s where id = :id")
                    .param("s", subject)
                    .param("id", principal.actor().userId())
                    .update();
        }
        jdbc.sql("update access.user_account set last_login_at = :now where id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", principal.actor().userId())
                .update();
        audit.record(AuditRecord.change(null, "LOGIN_OIDC", "User", principal.actor().userId()));
        return new SamsynOidcUser((DefaultOidcUser) oidc, principal);
    }
}
