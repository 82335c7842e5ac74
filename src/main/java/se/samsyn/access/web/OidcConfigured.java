package se.samsyn.access.web;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code samsyn.access.oidc.issuer} is set. */
class OidcConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String issuer = context.getEnvironment().getProperty("samsyn.access.oidc.issuer");
        return issuer != null && !issuer.isBlank();
    }
}
