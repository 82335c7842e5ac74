package se.samsyn.access.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samsyn.access.domain.UserService;
import se.samsyn.access.UserId;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationSummary;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;

/** Vem är jag: the caller's account and roles, for API clients checking their token. */
@RestController
@Tag(name = "Behörigheter", description = "The caller's account and roles")
class MeRestController {

    record MembershipJson(UUID workspaceId, @Nullable String workspaceName, UUID organisationId,
            @Nullable String organisationName, Role role, @Nullable UUID districtId) {}

    record MeJson(UUID id, String email, String name, boolean systemAdmin, List<MembershipJson> memberships) {}

    private final UserService users;
    private final OrganisationApi organisations;

    MeRestController(UserService users, OrganisationApi organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Den inloggade användaren (eller API-nyckelns ägare) med roller per kommun")
    MeJson me() {
        var user = users.find(new UserId(Actors.current().userId()))
                .orElseThrow(() -> new NotFoundException("access.error.userNotFound"));
        var memberships = user.memberships().stream()
                .map(m -> new MembershipJson(m.workspace().value(),
                        organisations.findWorkspace(m.workspace()).map(WorkspaceSummary::name).orElse(null),
                        m.organisation(),
                        organisations.findOrganisation(new OrganisationId(m.organisation())).map(OrganisationSummary::name).orElse(null),
                        m.role(), m.district()))
                .toList();
        return new MeJson(user.id().value(), user.email(), user.displayName(), user.systemAdmin(), memberships);
    }
}
