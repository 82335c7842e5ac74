package se.samsyn.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditQuery;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.organisation.domain.OrganisationService;
import se.samsyn.shared.Role;

@IntegrationTest
class AdminOrganisationControllerIT {

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
    void aSystemAdministratorCreatesAMunicipalityAndTheCreationIsLogged() throws Exception {
        var admin = data.systemAdmin(data.workspace());
        String code = FreeMunicipalityCodes.next(organisationService);
        String name = "Testkommun " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get("/admin/organisations/new").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"FAITH_COMMUNITY\">Trossamfund</option>")))
                .andExpect(content().string(containsString("Lokalpolisområde")));

        var result = mvc.perform(post("/admin/organisations").with(data.as(admin)).with(csrf())
                        .param("name", name).param("type", "MUNICIPALITY").param("municipalityCode", code)
                        .param("orgNumber", "212000-0000").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/organisations/*"))
                .andReturn();

        var id = OrganisationId.of(result.getResponse().getRedirectedUrl().substring("/admin/organisations/".length()));
        var created = organisations.findOrganisation(id).orElseThrow();
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.type()).isEqualTo(OrganisationType.MUNICIPALITY);
        assertThat(created.municipalityCode()).isEqualTo(code);
        assertThat(audit.count(new AuditQuery(null, null, "CREATE", "Organisation", id.toString(), null, null, 0, 10)))
                .isEqualTo(1);
        mvc.perform(get("/admin/organisations").param("q", name).with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void anUnknownKommunkodIsRejectedNextToItsFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        var admin = data.systemAdmin(data.workspace());
        String name = "Påhittad kommun " + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/admin/organisations").with(data.as(admin)).with(csrf())
                        .param("name", name).param("type", "MUNICIPALITY").param("municipalityCode", "9999")
                        .param("orgNumber", "212000-9999").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalityCode-error\"")))
                .andExpect(content().string(containsString("Kommunkoden 9999 finns inte i SCB:s förteckning.")))
                .andExpect(content().string(containsString("aria-describedby=\"municipalityCode-error municipalityCode-hint\"")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("value=\"212000-9999\"")));

        assertThat(organisationService.search(null, name)).isEmpty();
    }

    @Test
    void aSecondOrganisationWithTheSameNameInAnyCaseIsRejectedOnTheNameField() throws Exception {
        var admin = data.systemAdmin(data.workspace());
        var existing = organisations.findOrganisation(data.organisation("Bostadsbolaget", OrganisationType.PARTNER)).orElseThrow();

        mvc.perform(post("/admin/organisations").with(data.as(admin)).with(csrf())
                        .param("name", existing.name().toUpperCase()).param("type", "PARTNER")
                        .param("partnerKind", "HOUSING_COMPANY").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Det finns redan en organisation som heter")))
                .andExpect(content().string(containsString("value=\"" + existing.name().toUpperCase() + "\"")));

        assertThat(organisationService.search(OrganisationType.PARTNER, existing.name())).hasSize(1);
    }

    @Test
    void aSystemAdministratorRenamesAPartnerAndChangesItsKind() throws Exception {
        var admin = data.systemAdmin(data.workspace());
        var id = data.organisation("Församlingen", OrganisationType.PARTNER);
        String newName = "Svenska kyrkan " + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(post("/admin/organisations/{id}", id).with(data.as(admin)).with(csrf())
                        .param("name", newName).param("type", "PARTNER").param("partnerKind", "FAITH_COMMUNITY")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        var changed = organisations.findOrganisation(id).orElseThrow();
        assertThat(changed.name()).isEqualTo(newName);
        assertThat(changed.partnerKind()).isEqualTo("FAITH_COMMUNITY");
        assertThat(audit.search(new AuditQuery(null, null, "UPDATE", "Organisation", id.toString(), null, null, 0, 10)))
                .singleElement().satisfies(e -> assertThat(e.details()).isEqualTo("fields=name,partnerKind"));
        mvc.perform(get("/admin/organisations/{id}", id).with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + newName + "\"")))
                .andExpect(content().string(containsString("Trossamfund")));
    }

    @Test
    void aChangeBasedOnAnOutdatedVersionIsRejectedInsteadOfOverwritingTheNewerOne() throws Exception {
        var admin = data.systemAdmin(data.workspace());
        var id = data.organisation("Föreningen", OrganisationType.PARTNER);
        organisationService.update(id, organisationService.details(id).map(d -> new se.samsyn.organisation.NewOrganisation(
                d.summary().name() + " ny", OrganisationType.PARTNER, "ASSOCIATION", null, null, null)).orElseThrow(),
                java.util.List.of(), 0);

        mvc.perform(post("/admin/organisations/{id}", id).with(data.as(admin)).with(csrf())
                        .param("name", "Gammalt namn " + id).param("type", "PARTNER").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("har ändrat")));

        assertThat(organisations.findOrganisation(id).orElseThrow().name()).endsWith(" ny");
    }

    @Test
    void aWorkspaceAdministratorIsForbiddenEverythingUnderAdmin() throws Exception {
        var ws = data.workspace();
        var wsAdmin = data.user(ws, Role.ADMIN);
        var org = data.organisation("Skolan", OrganisationType.PARTNER);

        for (String path : new String[] {"/admin/organisations", "/admin/organisations/new", "/admin/organisations/" + org,
            "/admin/workspaces", "/admin/workspaces/" + ws.id(), "/admin/audit", "/admin/audit/verify"}) {
            mvc.perform(get(path).with(data.as(wsAdmin))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/organisations").with(data.as(wsAdmin)).with(csrf())
                        .param("name", "Smygorganisation").param("type", "PARTNER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/workspaces/{ws}/grants", ws.id()).with(data.as(wsAdmin)).with(csrf())
                        .param("organisation", org.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations/{id}/grant-served", org).with(data.as(wsAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(organisations.isGranted(ws.id(), org)).isFalse();
    }

    @Test
    void aLocalPoliceAreaServesSeveralKommunerAndIsGrantedAllTheirWorkspacesInOneAction() throws Exception {
        var kavlinge = data.workspace();
        var lomma = data.workspace();
        var burlov = data.workspace();
        String staffanstorpWithoutWorkspace = FreeMunicipalityCodes.next(organisationService);
        var admin = data.systemAdmin(kavlinge);
        String name = "LPO Test " + UUID.randomUUID().toString().substring(0, 8);

        var result = mvc.perform(post("/admin/organisations").with(data.as(admin)).with(csrf())
                        .param("name", name).param("type", "LOCAL_POLICE_AREA")
                        .param("servedCodes", kavlinge.code() + ", " + lomma.code() + ";" + burlov.code() + " " + staffanstorpWithoutWorkspace)
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var lpo = OrganisationId.of(result.getResponse().getRedirectedUrl().substring("/admin/organisations/".length()));
        assertThat(organisations.servedMunicipalities(lpo)).extracting(m -> m.code())
                .containsExactlyInAnyOrder(kavlinge.code(), lomma.code(), burlov.code(), staffanstorpWithoutWorkspace);
        assertThat(organisations.servingPoliceAreas(lomma.code())).extracting(o -> o.id()).contains(lpo);

        mvc.perform(get("/admin/workspaces/{ws}", lomma.id()).with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"serving-police-areas\"")))
                .andExpect(content().string(containsString(name)));

        mvc.perform(post("/admin/organisations/{id}/grant-served", lpo).with(data.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(organisations.isGranted(kavlinge.id(), lpo)).isTrue();
        assertThat(organisations.isGranted(lomma.id(), lpo)).isTrue();
        assertThat(organisations.isGranted(burlov.id(), lpo)).isTrue();
        assertThat(audit.count(new AuditQuery(lomma.id(), null, "GRANT", "Organisation", lpo.toString(), null, null, 0, 10)))
                .isEqualTo(1);
        mvc.perform(get("/admin/organisations/{id}", lpo).with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"served-municipalities\"")))
                .andExpect(content().string(containsString(lomma.name() + " (" + lomma.code() + ")")))
                .andExpect(content().string(containsString("id=\"granted-workspaces\"")));
    }

    @Test
    void onlyALocalPoliceAreaMayServeKommuner() throws Exception {
        var ws = data.workspace();
        var admin = data.systemAdmin(ws);

        mvc.perform(post("/admin/organisations").with(data.as(admin)).with(csrf())
                        .param("name", "Bevakning " + UUID.randomUUID()).param("type", "PARTNER")
                        .param("partnerKind", "SECURITY_COMPANY").param("servedCodes", ws.code()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"servedCodes-error\"")))
                .andExpect(content().string(not(containsString("id=\"name-error\""))));
    }

    @Test
    void anOrganisationCannotBecomePartOfItsOwnSubordinate() throws Exception {
        var admin = data.systemAdmin(data.workspace());
        var region = data.organisation("Polisregion", OrganisationType.POLICE_REGION);
        var lpo = organisations.register(new se.samsyn.organisation.NewOrganisation("LPO under " + region,
                OrganisationType.LOCAL_POLICE_AREA, null, null, null, region));

        mvc.perform(post("/admin/organisations/{id}", region).with(data.as(admin)).with(csrf())
                        .param("name", organisations.findOrganisation(region).orElseThrow().name())
                        .param("type", "POLICE_REGION").param("parent", lpo.toString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parent-error\"")));

        assertThat(organisations.findOrganisation(region).orElseThrow().parent()).isNull();
    }

    @Test
    void aKommunWithAWorkspaceKeepsItsKommunkod() throws Exception {
        var ws = data.workspace();
        var admin = data.systemAdmin(ws);
        var details = organisationService.details(ws.municipality()).orElseThrow();
        String otherCode = FreeMunicipalityCodes.next(organisationService);

        mvc.perform(post("/admin/organisations/{id}", ws.municipality()).with(data.as(admin)).with(csrf())
                        .param("name", details.summary().name()).param("type", "MUNICIPALITY")
                        .param("municipalityCode", otherCode).param("version", String.valueOf(details.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("har en arbetsyta")))
                .andExpect(content().string(containsString("value=\"" + otherCode + "\"")));

        assertThat(organisations.findOrganisation(ws.municipality()).orElseThrow().municipalityCode()).isEqualTo(ws.code());
    }
}
