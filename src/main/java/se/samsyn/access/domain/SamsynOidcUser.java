package se.samsyn.access.domain;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import se.samsyn.shared.Actor;
import se.samsyn.shared.ActorHolder;

/** A user logged in through the municipal identity provider, mapped onto a Samsyn account. */
class SamsynOidcUser extends DefaultOidcUser implements ActorHolder {

    private final Actor actor;

    SamsynOidcUser(DefaultOidcUser source, SamsynPrincipal principal) {
        super(principal.getAuthorities(), source.getIdToken(), source.getUserInfo(), "sub");
        this.actor = principal.actor();
    }

    @Override
    public Actor actor() {
        return actor;
    }
}
