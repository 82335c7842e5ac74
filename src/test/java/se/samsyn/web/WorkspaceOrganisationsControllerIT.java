package se.samsyn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Role;

@IntegrationTest
class WorkspaceOrganisationsControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    OrganisationApi organisations;

    @Test
    void anyoneInTheWorkspaceSeesItsOrganisationsGroupedByTypeWithTheirPeople() throws Exception {
        var ws = data.workspace();
        var reader = data.user(ws, Role.READER);
        data.user(ws, Role.COORDINATOR);
        var lpo = data.organisation("LPO Grupp", OrganisationType.LOCAL_POLICE_AREA);
        data.user(ws, lpo, Role.MUNICIPAL_POLICE);
        String lpoName = organisations.findOrganisation(lpo).orElseThrow().name();

        mvc.perform(get("/workspaces/{ws}/organisations", ws.id()).with(data.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"group-MUNICIPALITY\"")))
                .andExpect(content().string(containsString("id=\"group-LOCAL_POLICE_AREA\"")))
                .andExpect(content().string(containsString("id=\"people-" + ws.municipality() + "\">2<")))
                .andExpect(content().string(containsString("id=\"people-" + lpo + "\">1<")))
                .andExpect(content().string(containsString(lpoName)))
                .andExpect(content().string(not(containsString("/organisations/grants"))));
    }

    @Test
    void aWorkspaceAdministratorGrantsAndRevokesAnExternalPartner() throws Exception {
        var ws = data.workspace();
        var admin = data.user(ws, Role.ADMIN);
        var partner = data.organisation("Fastighets AB", OrganisationType.PARTNER);

        mvc.perform(get("/workspaces/{ws}/organisations", ws.id()).with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + partner + "\"")));
        mvc.perform(post("/workspaces/{ws}/organisations/grants", ws.id()).with(data.as(admin)).with(csrf())
                        .param("organisation", partner.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.isGranted(ws.id(), partner)).isTrue();

        mvc.perform(post("/workspaces/{ws}/organisations/{org}/revoke", ws.id(), partner).with(data.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.isGranted(ws.id(), partner)).isFalse();
    }

    @Test
    void aWorkspaceAdministratorMayNotGrantAnythingButPartners() throws Exception {
        var ws = data.workspace();
        var admin = data.user(ws, Role.ADMIN);
        var lpo = data.organisation("LPO Annan", OrganisationType.LOCAL_POLICE_AREA);

        mvc.perform(post("/workspaces/{ws}/organisations/grants", ws.id()).with(data.as(admin)).with(csrf())
                        .param("organisation", lpo.toString()))
                .andExpect(status().isUnprocessableContent());
        assertThat(organisations.isGranted(ws.id(), lpo)).isFalse();
    }

    @Test
    void aCoordinatorMayNotGrantAndAStrangerDoesNotSeeTheWorkspace() throws Exception {
        var ws = data.workspace();
        var other = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var stranger = data.user(other, Role.ADMIN);
        var partner = data.organisation("Bevakning AB", OrganisationType.PARTNER);

        mvc.perform(post("/workspaces/{ws}/organisations/grants", ws.id()).with(data.as(coordinator)).with(csrf())
                        .param("organisation", partner.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workspaces/{ws}/organisations", ws.id()).with(data.as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/{ws}/organisations/grants", ws.id()).with(data.as(stranger)).with(csrf())
                        .param("organisation", partner.toString()))
                .andExpect(status().isNotFound());
        assertThat(organisations.isGranted(ws.id(), partner)).isFalse();
    }
}
