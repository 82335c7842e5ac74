package se.samsyn.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.AgreementFixture;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.NewRecipient;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Role;

/** The agreement pages through MockMvc: forms keep their input on a refusal, readers read, roles are enforced. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementPagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired OrganisationApi organisations;
    @Autowired AgreementApi api;
    @Autowired AgreementService agreements;

    AgreementFixture f;
    UserId coordinator;
    UserId reader;
    String base;

    @BeforeAll
    void setUp() {
        f = new AgreementFixture(data, organisations, api);
        coordinator = data.user(f.ws, Role.COORDINATOR);
        reader = data.user(f.ws, Role.READER);
        base = "/workspaces/" + f.ws.id() + "/agreements";
    }

    @Test
    void aCoordinatorCreatesAnAgreementAndEveryPageRenders() throws Exception {
        var result = mvc.perform(post(base).with(csrf()).with(data.as(coordinator))
                        .param("title", "Samverkansöverenskommelse Test 2030–2031").param("level", "LOCAL")
                        .param("parties", f.kommun.toString(), f.lpo.toString())
                        .param("validFrom", "2030-01-01").param("validTo", "2031-12-31").param("purpose", "Syfte"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(base + "/");
        mvc.perform(get(location).with(data.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Samverkansöverenskommelse Test 2030–2031")));
        mvc.perform(get(base).with(data.as(reader))).andExpect(status().isOk());
        mvc.perform(get(base + "/new").with(data.as(coordinator))).andExpect(status().isOk());
        mvc.perform(get(location + "/edit").with(data.as(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/workspaces/" + f.ws.id() + "/governance").with(data.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kommunstyrelsen")));
        var id = AgreementId.of(location.substring(location.lastIndexOf('/') + 1));
        var round = api.startReferral(f.ws.id(), id, "Remiss", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                java.util.List.of(new NewRecipient("Socialnämnden", null, null)));
        mvc.perform(get("/workspaces/" + f.ws.id() + "/referral/" + round).with(data.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Socialnämnden")));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndSaysWhyInSwedish() throws Exception {
        mvc.perform(post(base).with(csrf()).with(data.as(coordinator))
                        .param("title", "Överenskommelse utan polis").param("level", "LOCAL")
                        .param("parties", f.kommun.toString())
                        .param("validFrom", "2032-01-01").param("validTo", "2033-12-31").param("purpose", "Ett syfte som ska finnas kvar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Minst en part ska vara ett lokalpolisområde eller en polisregion.")))
                .andExpect(content().string(containsString("Överenskommelse utan polis")))
                .andExpect(content().string(containsString("Ett syfte som ska finnas kvar")));
        assertThat(agreements.list(f.ws.id(), LocalDate.now())).noneMatch(r -> r.title().equals("Överenskommelse utan polis"));
    }

    @Test
    void aReaderMayNotCreate() throws Exception {
        mvc.perform(post(base).with(csrf()).with(data.as(reader)).param("title", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/new").with(data.as(reader))).andExpect(status().isForbidden());
    }
}
