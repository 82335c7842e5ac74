package se.samsyn.access.domain;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import se.samsyn.access.UserId;
import se.samsyn.shared.ActorHolder;

/**
 * Keeps a logged-in session in step with the account: a deactivated or deleted account is logged out at its next
 * request, and granted or revoked roles apply at once instead of at the next login.
 */
public class CurrentAccount extends OncePerRequestFilter {

    private final UserService users;

    public CurrentAccount(UserService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only a session carries an account over from an earlier request; a bearer token's account is read fresh.
        var session = request.getSession(false);
        Authentication authentication = session == null ? null : SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorHolder holder) {
            var current = users.principal(new UserId(holder.actor().userId()))
                    .filter(SamsynPrincipal::isEnabled);
            if (current.isEmpty()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (!current.get().actor().equals(holder.actor())) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(refreshed(authentication, current.get()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    private static Authentication refreshed(Authentication old, SamsynPrincipal current) {
        if (old.getPrincipal() instanceof SamsynOidcUser oidc && old instanceof OAuth2AuthenticationToken token) {
            var user = new SamsynOidcUser(oidc, current);
            return new OAuth2AuthenticationToken(user, user.getAuthorities(), token.getAuthorizedClientRegistrationId());
        }
        var token = UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
        token.setDetails(old.getDetails());
        return token;
    }
}
