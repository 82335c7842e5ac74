package se.samsyn.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samsyn.access.*}: the first administrator for a production database, login throttling and the optional
 * municipal OIDC identity provider.
 */
@ConfigurationProperties("samsyn.access")
public record AccessSettings(String adminEmail, String adminPassword, int maxFailedLogins, int lockMinutes, Oidc oidc) {

    public record Oidc(String issuer, String clientId, String clientSecret, String displayName) {

        public boolean enabled() {
            return issuer != null && !issuer.isBlank();
        }
    }
}
