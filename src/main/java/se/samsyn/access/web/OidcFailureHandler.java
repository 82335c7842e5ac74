package se.samsyn.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a failed municipal login: "unknown" when the provider vouched for the person but no
 * active Samsyn account matches, "failed" for anything else (the reason goes to the log, not to the user).
 */
class OidcFailureHandler implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OidcFailureHandler.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean unknownUser = e instanceof OAuth2AuthenticationException failure
                && "unknown_user".equals(failure.getError().getErrorCode());
        if (!unknownUser) {
            LOG.warn("OIDC login failed: {}", e.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/login?oidcError=" + (unknownUser ? "unknown" : "failed"));
    }
}
