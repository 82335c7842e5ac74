package se.samsyn.access.rest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.access.domain.ApiTokenService;
import se.samsyn.access.domain.UserService;
import se.samsyn.shared.Role;

@IntegrationTest
class MeRestControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AccessApi access;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonalTokenTellsWhoTheCallerIs() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.ANALYST);
        var account = access.findUser(user).orElseThrow();
        var token = tokens.issue(user, "Rapportskript", Instant.now().plus(30, ChronoUnit.DAYS));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(user.value().toString()))
                .andExpect(jsonPath("$.email").value(account.email()))
                .andExpect(jsonPath("$.name").value(account.displayName()))
                .andExpect(jsonPath("$.memberships[0].workspaceId").value(ws.id().value().toString()))
                .andExpect(jsonPath("$.memberships[0].workspaceName").value(org.hamcrest.Matchers.startsWith(ws.name())))
                .andExpect(jsonPath("$.memberships[0].role").value("ANALYST"));
    }

    @Test
    void usingATokenIsRememberedAsLastUse() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        var token = tokens.issue(user, "Används", null);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());

        org.assertj.core.api.Assertions.assertThat(tokens.tokensOf(user).get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void aRevokedTokenGets401ProblemDetail() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        var token = tokens.issue(user, "Gammal", null);
        tokens.revoke(user, token.id());

        expectInvalidToken(token.token());
    }

    @Test
    void anExpiredTokenGets401ProblemDetail() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        var token = tokens.issue(user, "Utgången", Instant.now().plus(1, ChronoUnit.DAYS));
        jdbc.sql("update access.api_token set expires_at = :t where id = :id")
                .param("t", Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)))
                .param("id", token.id())
                .update();

        expectInvalidToken(token.token());
    }

    @Test
    void aGarbageTokenGets401ProblemDetail() throws Exception {
        expectInvalidToken("ssn_detta-ar-ingen-nyckel");
    }

    @Test
    void theTokenOfADeactivatedAccountGets401() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        var token = tokens.issue(user, "Avslutad", null);
        users.setActive(ws.id(), user, false);

        expectInvalidToken(token.token());
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("access.error.unauthenticated"));
    }

    @Test
    void aTokenCannotBeIssuedWithAnExpiryInThePast() {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.issue(user, "Bakåt", Instant.now().minusSeconds(60)))
                .hasMessage("access.error.tokenExpiryInPast");
    }

    private void expectInvalidToken(String token) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("access.error.invalidToken"))
                .andExpect(jsonPath("$.title").value("Ogiltig eller återkallad API-nyckel"));
    }
}
