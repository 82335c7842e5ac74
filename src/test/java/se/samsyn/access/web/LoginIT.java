package se.samsyn.access.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.springframework.mock.web.MockHttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.access.UserId;
import se.samsyn.access.domain.UserService;
import se.samsyn.shared.Role;

@IntegrationTest
class LoginIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AccessApi access;

    @Autowired
    UserService users;

    @Test
    void theRightPasswordLogsIn() throws Exception {
        var ws = data.workspace();
        String email = email(data.user(ws, Role.READER));

        mvc.perform(formLogin("/login").user(email).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void theEmailIsMatchedWithoutRegardToCase() throws Exception {
        var ws = data.workspace();
        String email = email(data.user(ws, Role.READER));

        mvc.perform(formLogin("/login").user(email.toUpperCase()).password(TestData.PASSWORD))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void aWrongPasswordIsRejectedAndTheTypedEmailKept() throws Exception {
        var ws = data.workspace();
        String email = email(data.user(ws, Role.READER));

        var result = mvc.perform(formLogin("/login").user(email).password("fel-losenord-123"))
                .andExpect(redirectedUrl("/login?error=bad"))
                .andExpect(unauthenticated())
                .andReturn();

        mvc.perform(get("/login").param("error", "bad").session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession()))
                .andExpect(content().string(Matchers.containsString("Fel e-postadress eller lösenord.")))
                .andExpect(content().string(Matchers.containsString("value=\"" + email + "\"")));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightPasswordIsRefused() throws Exception {
        var ws = data.workspace();
        String email = email(data.user(ws, Role.COORDINATOR));

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(email).password("fel-losenord-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }

        mvc.perform(formLogin("/login").user(email).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(Matchers.containsString(
                        "Kontot är tillfälligt spärrat efter för många felaktiga försök.")));
    }

    @Test
    void fourWrongPasswordsThenTheRightOneStillLogsIn() throws Exception {
        var ws = data.workspace();
        String email = email(data.user(ws, Role.READER));

        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(email).password("fel-losenord-" + i));
        }

        mvc.perform(formLogin("/login").user(email).password(TestData.PASSWORD))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void aDeactivatedAccountCannotLogIn() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        users.setActive(ws.id(), user, false);

        mvc.perform(formLogin("/login").user(email(user)).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "disabled"))
                .andExpect(content().string(Matchers.containsString("Kontot är inaktiverat.")));
    }

    @Test
    void aSessionEndsAtTheNextRequestOnceTheAccountIsDeactivated() throws Exception {
        var ws = data.workspace();
        var user = data.user(ws, Role.READER);
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user(email(user)).password(TestData.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
        mvc.perform(get("/workspaces/{id}", ws.id().value()).session(session)).andExpect(status().isOk());

        users.setActive(ws.id(), user, false);

        mvc.perform(get("/workspaces/{id}", ws.id().value()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aRoleGrantedDuringASessionAppliesAtTheNextRequest() throws Exception {
        var ws = data.workspace();
        var other = data.workspace();
        var user = data.user(ws, Role.READER);
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user(email(user)).password(TestData.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
        mvc.perform(get("/workspaces/{id}", other.id().value()).session(session)).andExpect(status().isNotFound());

        data.user(other, ws.municipality(), Role.READER);
        access.grantRole(user, other.id(), ws.municipality(), Role.READER, null);

        mvc.perform(get("/workspaces/{id}", other.id().value()).session(session)).andExpect(status().isOk());
    }

    private String email(UserId user) {
        return access.findUser(user).orElseThrow().email();
    }
}
