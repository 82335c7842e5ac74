package se.samsyn.access;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.samsyn.access.domain.ApiTokenService;
import se.samsyn.access.domain.SamsynPrincipal;
import se.samsyn.access.domain.UserService;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

/** Accounts and roles, for other modules (notification recipients, demo data). */
@Service
public class AccessApi {

    private final UserService users;
    private final ApiTokenService tokens;

    AccessApi(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** The actor behind a valid, unrevoked personal API token of an enabled, unlocked account (Open311 api_key). */
    public Optional<se.samsyn.shared.Actor> actorForApiToken(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.authenticate(token.strip()).flatMap(users::principal)
                .filter(p -> p.isEnabled() && p.isAccountNonLocked()).map(SamsynPrincipal::actor);
    }

    public UserId createUser(NewUser user) {
        return users.create(user);
    }

    public void grantRole(UserId user, WorkspaceId workspace, OrganisationId organisation, Role role, java.util.@Nullable UUID district) {
        users.grantRole(user, workspace, organisation, role, district);
    }

    public Optional<UserSummary> findUser(UserId id) {
        return users.find(id);
    }

    public Optional<UserSummary> findUserByEmail(String email) {
        return users.findByEmail(email);
    }

    public List<UserSummary> usersIn(WorkspaceId workspace) {
        return users.usersIn(workspace);
    }

    public long countUsers() {
        return users.count();
    }
}
