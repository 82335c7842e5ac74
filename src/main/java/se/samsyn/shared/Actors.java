package se.samsyn.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} of the current request from the security context. */
public final class Actors {

    private Actors() {}

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof ActorHolder holder) {
            return Optional.of(holder.actor());
        }
        if (authentication.getDetails() instanceof ActorHolder holder) {
            return Optional.of(holder.actor());
        }
        return Optional.empty();
    }

    public static Actor current() {
        return find().orElseThrow(() -> new ForbiddenException("common.error.forbidden"));
    }
}
