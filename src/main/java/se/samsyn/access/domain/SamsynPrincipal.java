package se.samsyn.access.domain;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.samsyn.shared.Actor;
import se.samsyn.shared.ActorHolder;

/** The logged-in user as Spring Security holds it. */
public record SamsynPrincipal(Actor actor, @Nullable String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, ActorHolder, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.systemAdmin()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.email();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
