package se.samsyn.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.access.domain.ApiTokenService;
import se.samsyn.shared.Role;

@IntegrationTest
class AccountControllerIT {

    static final String NEW_PASSWORD = "Hostlov-i-Kavlinge-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AccessApi access;

    @Autowired
    ApiTokenService tokens;

    @Test
    void aUserChangesTheirPasswordAndLogsInWithTheNewOne() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        String email = access.findUser(user).orElseThrow().email();

        mvc.perform(post("/account/password").with(csrf()).with(data.as(user))
                        .param("currentPassword", TestData.PASSWORD).param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(formLogin("/login").user(email).password(TestData.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(email).password(NEW_PASSWORD)).andExpect(authenticated().withUsername(email));
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        String email = access.findUser(user).orElseThrow().email();

        mvc.perform(post("/account/password").with(csrf()).with(data.as(user))
                        .param("currentPassword", "inte-mitt-losenord").param("newPassword", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")))
                .andExpect(content().string(containsString("Det nuvarande lösenordet stämmer inte.")));

        mvc.perform(formLogin("/login").user(email).password(TestData.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aWeakNewPasswordIsRejectedNextToTheField() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);

        mvc.perform(post("/account/password").with(csrf()).with(data.as(user))
                        .param("currentPassword", TestData.PASSWORD).param("newPassword", "aaaaaaaaaaaaaaa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"newPassword-error\"")))
                .andExpect(content().string(containsString("Lösenordet är för vanligt eller för enkelt.")));
    }

    @Test
    void aNewTokenIsShownOnceThenOnlyItsPrefixIsListedAndItCanBeRevoked() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.ANALYST);

        String page = mvc.perform(post("/account/tokens").with(csrf()).with(data.as(user))
                        .param("tokenName", "Excel-koppling").param("expiresOn", LocalDate.now().plusMonths(3).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("visas bara en gång")))
                .andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("id=\"issued-token\">(ssn_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/account").with(data.as(user)))
                .andExpect(content().string(containsString("Excel-koppling")))
                .andExpect(content().string(containsString(token.substring(0, 8))))
                .andExpect(content().string(not(containsString(token))));

        var id = tokens.tokensOf(user).get(0).id();
        mvc.perform(post("/account/tokens/revoke").param("tokenId", id.toString()).with(csrf()).with(data.as(user)))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/account").with(data.as(user))).andExpect(content().string(containsString("Återkallad")));
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        var ws = data.workspace();
        var owner = data.user(ws, Role.ANALYST);
        var other = data.user(ws, Role.ADMIN);
        var token = tokens.issue(owner, "Min", null);

        mvc.perform(post("/account/tokens/revoke").param("tokenId", token.id().toString()).with(csrf()).with(data.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
    }

    @Test
    void aTokenWithoutANameIsRejectedNextToTheField() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);

        mvc.perform(post("/account/tokens").with(csrf()).with(data.as(user)).param("tokenName", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tokenName-error\"")))
                .andExpect(content().string(not(containsString("id=\"issued-token\""))));
        assertThat(tokens.tokensOf(user)).isEmpty();
    }
}
