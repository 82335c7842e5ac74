package se.samsyn.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.access.UserSummary;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditQuery;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.GeoApi;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Role;

@IntegrationTest
class PeopleControllerIT {

    static final String STRONG = "Sommarregn-over-Lund-7";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AccessApi access;

    @Autowired
    AuditApi audit;

    @Autowired
    GeoApi geo;

    @Test
    void aCoordinatorCreatesAUserWhoCanThenLogIn() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        String email = unique("ny.person");

        mvc.perform(create(ws, email, "Nora Nilsson", STRONG, "REPORTER").with(data.as(coordinator)))
                .andExpect(redirectedUrlPattern("/workspaces/" + ws.id() + "/users/*"));

        UserSummary created = access.findUserByEmail(email).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Nora Nilsson");
        assertThat(created.organisation()).isEqualTo(ws.municipality());
        assertThat(created.memberships()).singleElement()
                .satisfies(m -> {
                    assertThat(m.workspace()).isEqualTo(ws.id());
                    assertThat(m.role()).isEqualTo(Role.REPORTER);
                });
        assertThat(audit.search(new AuditQuery(ws.id(), null, "CREATE", "User", created.id().toString(), null, null, 0, 10)))
                .hasSize(1);
        mvc.perform(get("/workspaces/{ws}/users", ws.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nora Nilsson")))
                .andExpect(content().string(containsString("Rapportör")));
        mvc.perform(formLogin("/login").user(email).password(STRONG)).andExpect(authenticated().withUsername(email));
    }

    @Test
    void aDuplicateEmailIsRejectedNextToTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        String taken = access.findUser(data.user(ws, Role.READER)).orElseThrow().email();

        mvc.perform(create(ws, taken, "Dubbel Dubbelsson", STRONG, "ANALYST").with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("Det finns redan ett konto med e-postadressen " + taken)))
                .andExpect(content().string(containsString("aria-describedby=\"email-error\"")))
                .andExpect(content().string(containsString("value=\"" + taken + "\"")))
                .andExpect(content().string(containsString("value=\"Dubbel Dubbelsson\"")))
                .andExpect(content().string(containsString("<option value=\"ANALYST\" selected=\"selected\">")))
                .andExpect(content().string(not(containsString(STRONG))));
        assertThat(access.usersIn(ws.id())).noneMatch(u -> u.displayName().equals("Dubbel Dubbelsson"));
    }

    @Test
    void aWeakPasswordIsRejectedAndNothingIsStored() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        String email = unique("svag");

        mvc.perform(create(ws, email, "Svag Svagsson", "kort", "READER").with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("Lösenordet måste ha minst 12 tecken.")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")));
        mvc.perform(create(ws, email, "Svag Svagsson", "password1234", "READER").with(data.as(coordinator)))
                .andExpect(content().string(containsString("Lösenordet är för vanligt eller för enkelt.")));

        assertThat(access.findUserByEmail(email)).isEmpty();
    }

    @Test
    void anOrganisationWithoutAccessToTheWorkspaceIsRejected() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var outsider = data.organisation("Främmande bolag", OrganisationType.PARTNER);
        String email = unique("utanfor");

        mvc.perform(post("/workspaces/{ws}/users", ws.id()).with(csrf()).with(data.as(coordinator))
                        .param("email", email).param("displayName", "Utan För").param("password", STRONG)
                        .param("role", "READER").param("organisation", outsider.toString()))
                .andExpect(content().string(containsString("id=\"organisation-error\"")));
        assertThat(access.findUserByEmail(email)).isEmpty();
    }

    @Test
    void aReaderMaySeeTheListButGets403OnCreate() throws Exception {
        var ws = data.workspace();
        var reader = data.user(ws, Role.READER);
        String email = unique("lasare");

        mvc.perform(get("/workspaces/{ws}/users", ws.id()).with(data.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/users/new"))));
        mvc.perform(get("/workspaces/{ws}/users/new", ws.id()).with(data.as(reader))).andExpect(status().isForbidden());
        mvc.perform(create(ws, email, "Inte Tillåten", STRONG, "READER").with(data.as(reader)))
                .andExpect(status().isForbidden());
        assertThat(access.findUserByEmail(email)).isEmpty();
    }

    @Test
    void aUserOfAnotherWorkspaceGets404() throws Exception {
        var ws = data.workspace();
        var other = data.workspace();
        var stranger = data.user(other, Role.ADMIN);
        var member = data.user(ws, Role.READER);
        String email = unique("fraammande");

        mvc.perform(get("/workspaces/{ws}/users", ws.id()).with(data.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/users/{u}", ws.id(), member).with(data.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(create(ws, email, "Främling", STRONG, "READER").with(data.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/{ws}/users/{u}/deactivate", ws.id(), member).with(csrf()).with(data.as(stranger)))
                .andExpect(status().isNotFound());
        assertThat(access.findUserByEmail(email)).isEmpty();
        assertThat(access.findUser(member).orElseThrow().active()).isTrue();
    }

    @Test
    void aPersonOfAnotherWorkspaceIsNotFoundThroughThisWorkspace() throws Exception {
        var ws = data.workspace();
        var other = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var outsider = data.user(other, Role.READER);

        mvc.perform(get("/workspaces/{ws}/users/{u}", ws.id(), outsider).with(data.as(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/{ws}/users/{u}/deactivate", ws.id(), outsider).with(csrf()).with(data.as(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/users/{u}", ws.id(), "inget-id").with(data.as(coordinator)))
                .andExpect(status().isNotFound());
        assertThat(access.findUser(outsider).orElseThrow().active()).isTrue();
    }

    @Test
    void aCoordinatorGrantsARoleLimitedToADistrictAndRevokesIt() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var person = data.user(ws, Role.READER);
        var district = district(ws, "Norra stadsdelen");

        mvc.perform(post("/workspaces/{ws}/users/{u}/roles", ws.id(), person).with(csrf()).with(data.as(coordinator))
                        .param("role", "REPORTER").param("organisation", ws.municipality().toString())
                        .param("district", district.toString()))
                .andExpect(redirectedUrl("/workspaces/" + ws.id() + "/users/" + person));
        assertThat(access.findUser(person).orElseThrow().memberships())
                .anySatisfy(m -> {
                    assertThat(m.role()).isEqualTo(Role.REPORTER);
                    assertThat(m.district()).isEqualTo(district);
                });
        mvc.perform(get("/workspaces/{ws}/users", ws.id()).with(data.as(coordinator)))
                .andExpect(content().string(containsString("(i Norra stadsdelen)")));
        assertThat(audit.search(new AuditQuery(ws.id(), null, "GRANT_ROLE", "User", person.toString(), null, null, 0, 10)))
                .isNotEmpty();

        mvc.perform(post("/workspaces/{ws}/users/{u}/roles/revoke", ws.id(), person).param("role", "REPORTER").with(csrf())
                        .with(data.as(coordinator)))
                .andExpect(redirectedUrl("/workspaces/" + ws.id() + "/users/" + person));
        assertThat(access.findUser(person).orElseThrow().memberships()).noneMatch(m -> m.role() == Role.REPORTER);
        assertThat(audit.search(new AuditQuery(ws.id(), null, "REVOKE_ROLE", "User", person.toString(), null, null, 0, 10)))
                .isNotEmpty();
    }

    @Test
    void aDistrictOfAnotherWorkspaceIsRejectedNextToTheField() throws Exception {
        var ws = data.workspace();
        var other = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var person = data.user(ws, Role.READER);
        var foreignDistrict = district(other, "Annan kommuns område");

        mvc.perform(post("/workspaces/{ws}/users/{u}/roles", ws.id(), person).with(csrf()).with(data.as(coordinator))
                        .param("role", "ANALYST").param("district", foreignDistrict.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"district-error\"")))
                .andExpect(content().string(containsString("Området finns inte i den här kommunen.")));
        assertThat(access.findUser(person).orElseThrow().memberships()).noneMatch(m -> m.role() == Role.ANALYST);
    }

    @Test
    void onlyAnAdministratorHandsOutTheAdministratorRole() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var admin = data.user(ws, Role.ADMIN);
        var person = data.user(ws, Role.READER);

        mvc.perform(post("/workspaces/{ws}/users/{u}/roles", ws.id(), person).with(csrf()).with(data.as(coordinator))
                        .param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/{ws}/users/{u}/roles", ws.id(), person).with(csrf()).with(data.as(admin))
                        .param("role", "ADMIN"))
                .andExpect(status().is3xxRedirection());
        assertThat(access.findUser(person).orElseThrow().memberships()).anyMatch(m -> m.role() == Role.ADMIN);
    }

    @Test
    void aReaderMayNotGrantRoles() throws Exception {
        var ws = data.workspace();
        var reader = data.user(ws, Role.READER);
        var person = data.user(ws, Role.READER);

        mvc.perform(post("/workspaces/{ws}/users/{u}/roles", ws.id(), person).with(csrf()).with(data.as(reader))
                        .param("role", "COORDINATOR"))
                .andExpect(status().isForbidden());
        assertThat(access.findUser(person).orElseThrow().memberships()).noneMatch(m -> m.role() == Role.COORDINATOR);
    }

    @Test
    void aDeactivatedUserCannotLogInUntilReactivated() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var person = data.user(ws, Role.REPORTER);
        String email = access.findUser(person).orElseThrow().email();

        mvc.perform(post("/workspaces/{ws}/users/{u}/deactivate", ws.id(), person).with(csrf()).with(data.as(coordinator)))
                .andExpect(redirectedUrl("/workspaces/" + ws.id() + "/users/" + person));
        assertThat(access.findUser(person).orElseThrow().active()).isFalse();
        mvc.perform(formLogin("/login").user(email).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
        mvc.perform(get("/workspaces/{ws}/users", ws.id()).with(data.as(coordinator)))
                .andExpect(content().string(containsString("Inaktiverad")));

        mvc.perform(post("/workspaces/{ws}/users/{u}/reactivate", ws.id(), person).with(csrf()).with(data.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user(email).password(TestData.PASSWORD)).andExpect(authenticated());
        assertThat(audit.search(new AuditQuery(ws.id(), null, "DEACTIVATE", "User", person.toString(), null, null, 0, 10)))
                .hasSize(1);
    }

    @Test
    void nobodyDeactivatesThemselves() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);

        mvc.perform(post("/workspaces/{ws}/users/{u}/deactivate", ws.id(), coordinator).with(csrf()).with(data.as(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Du kan inte inaktivera ditt eget konto.")));
        assertThat(access.findUser(coordinator).orElseThrow().active()).isTrue();
    }

    @Test
    void theCreateFormOffersTheWorkspacesOrganisations() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var partner = data.organisation("Bostadsbolaget", OrganisationType.PARTNER);
        data.user(ws, partner, Role.REPORTER);

        mvc.perform(get("/workspaces/{ws}/users/new", ws.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + partner + "\"")))
                .andExpect(content().string(containsString("<label for=\"password\"")))
                .andExpect(content().string(not(containsString("value=\"ADMIN\""))));
    }

    private MockHttpServletRequestBuilder create(TestData.TestWorkspace ws, String email, String name, String password,
            String role) {
        return post("/workspaces/{ws}/users", ws.id()).with(csrf())
                .param("email", email)
                .param("displayName", name)
                .param("organisation", ws.municipality().toString())
                .param("password", password)
                .param("role", role);
    }

    private UUID district(TestData.TestWorkspace ws, String name) {
        String geojson = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"%s"},
                 "geometry":{"type":"Polygon","coordinates":[[[13.1,55.7],[13.2,55.7],[13.2,55.8],[13.1,55.8],[13.1,55.7]]]}}]}
                """.formatted(name);
        geo.importGeoJson(ws.id(), AreaType.CUSTOM, "omrade.geojson", geojson.getBytes(StandardCharsets.UTF_8), null, null,
                LocalDate.now().withDayOfYear(1), UUID.randomUUID());
        return geo.areas(ws.id(), AreaType.CUSTOM).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow()
                .id().value();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }
}
