package se.samsyn.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.access.domain.UserService;
import se.samsyn.shared.Role;

/**
 * Logs in through a municipal identity provider: a stub OIDC provider runs in this JVM, so this class gets a Spring
 * context of its own with {@code samsyn.access.oidc.issuer} pointing at it.
 */
@IntegrationTest
class OidcLoginIT {

    static final StubIdentityProvider PROVIDER = StubIdentityProvider.start("samsyn-test", "stub-secret");

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("samsyn.access.oidc.issuer", PROVIDER::issuer);
        registry.add("samsyn.access.oidc.client-id", () -> "samsyn-test");
        registry.add("samsyn.access.oidc.client-secret", () -> "stub-secret");
        registry.add("samsyn.access.oidc.display-name", () -> "Stubbkommunens inloggning");
    }

    @AfterAll
    static void stop() {
        PROVIDER.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AccessApi access;

    @Autowired
    UserService users;

    @Test
    void theLoginPageOffersTheMunicipalLogin() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Logga in med Stubbkommunens inloggning")))
                .andExpect(content().string(containsString("/oauth2/authorization/kommun")));
    }

    @Test
    void anExistingActiveUserIsLoggedInByVerifiedEmail() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.COORDINATOR);
        String email = access.findUser(user).orElseThrow().email();

        var session = new MockHttpSession();
        login(session, "sub-" + user, email.toUpperCase(), true)
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());

        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.memberships[0].role").value("COORDINATOR"));
        assertThat(access.findUser(user).orElseThrow().lastLoginAt()).isNotNull();
    }

    @Test
    void aRememberedSubjectLogsInEvenAfterTheEmailClaimChanges() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        String email = access.findUser(user).orElseThrow().email();
        login(new MockHttpSession(), "sub-" + user, email, true).andExpect(authenticated());

        var session = new MockHttpSession();
        login(session, "sub-" + user, "nytt.namn@annan.example", true).andExpect(authenticated());
        mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.email").value(email));
    }

    @Test
    void anUnknownEmailIsRefusedWithAClearMessage() throws Exception {
        login(new MockHttpSession(), "sub-okand", "okand.person@stubbkommun.example", true)
                .andExpect(redirectedUrl("/login?oidcError=unknown"))
                .andExpect(unauthenticated());

        mvc.perform(get("/login").param("oidcError", "unknown"))
                .andExpect(content().string(containsString(
                        "det finns inget aktivt Samsyn-konto med din e-postadress")));
    }

    @Test
    void anUnverifiedEmailIsRefused() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        String email = access.findUser(user).orElseThrow().email();

        login(new MockHttpSession(), "sub-overifierad-" + user, email, false)
                .andExpect(redirectedUrl("/login?oidcError=unknown"))
                .andExpect(unauthenticated());
    }

    @Test
    void aDeactivatedAccountIsRefused() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        String email = access.findUser(user).orElseThrow().email();
        users.setActive(ws.id(), user, false);

        login(new MockHttpSession(), "sub-inaktiv-" + user, email, true)
                .andExpect(redirectedUrl("/login?oidcError=unknown"))
                .andExpect(unauthenticated());
    }

    /** The browser's round trip: Samsyn → provider's authorize endpoint → back to Samsyn with code and state. */
    private ResultActions login(MockHttpSession session, String subject, String email, boolean emailVerified)
            throws Exception {
        String authorize = mvc.perform(get("/oauth2/authorization/kommun").session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(PROVIDER.issuer() + "/authorize");
        PROVIDER.nextLogin(subject, email, emailVerified);

        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        var callback = UriComponentsBuilder.fromUriString(answer.headers().firstValue("Location").orElseThrow()).build();
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/kommun");

        return mvc.perform(get(callback.getPath()).session(session)
                .queryParam("code", decoded(callback.getQueryParams().getFirst("code")))
                .queryParam("state", decoded(callback.getQueryParams().getFirst("state"))));
    }

    private static String decoded(String value) {
        return UriUtils.decode(value, StandardCharsets.UTF_8);
    }
}
