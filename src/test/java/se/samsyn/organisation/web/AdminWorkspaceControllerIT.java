package se.samsyn.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditQuery;
import se.samsyn.organisation.NewOrganisation;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.organisation.domain.OrganisationService;

@IntegrationTest
class AdminWorkspaceControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    OrganisationService organisationService;

    @Autowired
    OrganisationApi organisations;

    @Autowired
    AuditApi audit;

    @Test
    void aSystemAdministratorOpensAWorkspaceForARegisteredKommun() throws Exception {
        var admin = data.systemAdmin(data.workspace());
        String code = FreeMunicipalityCodes.next(organisationService);
        var kommun = organisations.register(new NewOrganisation("Kommun " + code + " (test)", OrganisationType.MUNICIPALITY,
                null, code, null, null));

        mvc.perform(get("/admin/workspaces").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + kommun + "\"")));
        mvc.perform(post("/admin/workspaces").with(data.as(admin)).with(csrf()).param("municipality", kommun.toString()))
                .andExpect(status().is3xxRedirection());

        var workspace = organisations.findWorkspaceByMunicipalityCode(code).orElseThrow();
        assertThat(workspace.municipality()).isEqualTo(kommun);
        assertThat(organisations.isGranted(workspace.id(), kommun)).isTrue();
        assertThat(audit.count(new AuditQuery(workspace.id(), null, "CREATE", "Workspace", null, null, null, 0, 10)))
                .isEqualTo(1);
    }

    @Test
    void aSystemAdministratorGrantsAndRevokesAnOrganisationsAccessAndBothAreLogged() throws Exception {
        var ws = data.workspace();
        var admin = data.systemAdmin(ws);
        var administration = data.organisation("Socialförvaltningen", OrganisationType.ADMINISTRATION);

        mvc.perform(post("/admin/workspaces/{ws}/grants", ws.id()).with(data.as(admin)).with(csrf())
                        .param("organisation", administration.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.isGranted(ws.id(), administration)).isTrue();
        mvc.perform(get("/admin/workspaces/{ws}", ws.id()).with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/grants/" + administration + "/revoke")));

        mvc.perform(post("/admin/workspaces/{ws}/grants/{org}/revoke", ws.id(), administration).with(data.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.isGranted(ws.id(), administration)).isFalse();
        assertThat(audit.count(new AuditQuery(ws.id(), null, null, "Organisation", administration.toString(), null, null, 0, 10)))
                .isEqualTo(2);
    }

    @Test
    void theKommunItselfCannotLoseAccessToItsOwnWorkspace() throws Exception {
        var ws = data.workspace();
        var admin = data.systemAdmin(ws);

        mvc.perform(post("/admin/workspaces/{ws}/grants/{org}/revoke", ws.id(), ws.municipality()).with(data.as(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(organisations.isGranted(ws.id(), ws.municipality())).isTrue();
    }
}
