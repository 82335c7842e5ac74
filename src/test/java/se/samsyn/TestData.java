package se.samsyn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import se.samsyn.access.AccessApi;
import se.samsyn.access.NewUser;
import se.samsyn.access.UserId;
import se.samsyn.access.domain.SamsynPrincipal;
import se.samsyn.access.domain.UserService;
import se.samsyn.organisation.Municipality;
import se.samsyn.organisation.NewOrganisation;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

/** Builds workspaces, organisations and users through the module APIs, with names no other test uses. */
@TestComponent
public class TestData {

    public static final String PASSWORD = "Test-losen-2026!";

    public record TestWorkspace(WorkspaceId id, OrganisationId municipality, String code, String name) {}

    private static final Set<String> TAKEN = new HashSet<>();

    private final OrganisationApi organisations;
    private final AccessApi access;
    private final UserService users;
    private final se.samsyn.organisation.domain.OrganisationService organisationService;

    TestData(OrganisationApi organisations, AccessApi access, UserService users,
            se.samsyn.organisation.domain.OrganisationService organisationService) {
        this.organisations = organisations;
        this.access = access;
        this.users = users;
        this.organisationService = organisationService;
    }

    /** A new workspace for a municipality that has none yet (the code list has 290, so tests must not hoard them). */
    public synchronized TestWorkspace workspace() {
        List<Municipality> all = organisationService.municipalities();
        for (Municipality m : all) {
            if (TAKEN.contains(m.code()) || organisations.findWorkspaceByMunicipalityCode(m.code()).isPresent()) {
                continue;
            }
            TAKEN.add(m.code());
            var existing = organisationService.all().stream()
                    .filter(o -> m.code().equals(o.municipalityCode())).findFirst();
            OrganisationId org = existing.map(o -> o.id()).orElseGet(() -> organisations.register(
                    new NewOrganisation(m.name() + " kommun", OrganisationType.MUNICIPALITY, null, m.code(), null, null)));
            WorkspaceId ws = organisations.openWorkspace(org);
            return new TestWorkspace(ws, org, m.code(), m.name());
        }
        throw new IllegalStateException("No free municipality codes left for tests");
    }

    public OrganisationId organisation(String name, OrganisationType type) {
        return organisations.register(new NewOrganisation(name + " " + UUID.randomUUID().toString().substring(0, 8), type,
                type == OrganisationType.PARTNER ? "OTHER" : null, null, null, null));
    }

    /** A user in the workspace's own municipality organisation with one role. */
    public UserId user(TestWorkspace ws, Role role) {
        return user(ws, ws.municipality(), role);
    }

    public UserId user(TestWorkspace ws, OrganisationId organisation, Role role) {
        organisations.grant(ws.id(), organisation);
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        UserId id = access.createUser(new NewUser(email, "Test " + role, PASSWORD, organisation, false));
        access.grantRole(id, ws.id(), organisation, role, null);
        return id;
    }

    public UserId systemAdmin(TestWorkspace ws) {
        String email = "sysadmin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        return access.createUser(new NewUser(email, "Test Systemadmin", PASSWORD, ws.municipality(), true));
    }

    public SamsynPrincipal principal(UserId user) {
        return users.principal(user).orElseThrow();
    }

    /** MockMvc: run the request as this user. */
    public RequestPostProcessor as(UserId user) {
        var p = principal(user);
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    /** Direct service calls: act as this user on the current thread until {@link #logout()}. */
    public void actAs(UserId user) {
        var p = principal(user);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
