package se.samsyn.access;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.samsyn.access.domain.UserService;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

/** Accounts and roles, for other modules (notification recipients, demo data). */
@Service
public class AccessApi {

    private final UserService users;

    AccessApi(UserService users) {
        this.users = users;
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
