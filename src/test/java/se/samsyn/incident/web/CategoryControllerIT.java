package se.samsyn.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.CategoryView;
import se.samsyn.shared.Role;

@IntegrationTest
class CategoryControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CategoryService categories;

    @Test
    void aNewWorkspaceGetsTheDefaultEstCategoriesOnFirstUse() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);

        mvc.perform(get("/workspaces/{ws}/reports/categories", ws.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Otrygghetsskapande samling av personer")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("EPA- och A-traktor")));

        var all = categories.list(ws.id(), true);
        assertThat(all).extracting(CategoryView::code).contains("SKADEGORELSE", "SKADEGORELSE_KLOTTER",
                "SKADEGORELSE_GLASKROSS", "SKADEGORELSE_BRAND", "NEDSKRAPNING", "SAMLING", "NARKOTIKA", "VALD_HOT_BRAK",
                "VALD_INCIDENT_ANSTALLD", "INBROTT_STOLD", "TRAFIK_FORDON", "TRAFIK_EPA_ATRAKTOR", "OTRYGG_PLATS",
                "OLOVLIGT_BOENDE", "TILLHYGGEN", "RYKTEN_SOCIAL_ORO", "ARRANGEMANG", "POSITIV", "OVRIGT");
        assertThat(all).allMatch(c -> c.version() == 1 && !c.retired() && c.commonCode().startsWith("EST-"));
        assertThat(categories.list(ws.id(), true)).hasSameSizeAs(all);
    }

    @Test
    void editingACategoryAddsAVersionAndRetiringKeepsIt() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var litter = categories.list(ws.id(), false).stream().filter(c -> c.code().equals("NEDSKRAPNING")).findFirst().orElseThrow();

        mvc.perform(get("/workspaces/{ws}/reports/categories/{id}/edit", ws.id(), litter.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nuvarande version är 1")));
        mvc.perform(post("/workspaces/{ws}/reports/categories/{id}", ws.id(), litter.id()).with(data.as(coordinator)).with(csrf())
                        .param("name", "Nedskräpning och sprutor").param("commonCode", "EST-02"))
                .andExpect(status().is3xxRedirection());
        var edited = categories.get(ws.id(), litter.id());
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.name()).isEqualTo("Nedskräpning och sprutor");

        mvc.perform(post("/workspaces/{ws}/reports/categories/{id}/retire", ws.id(), litter.id()).with(data.as(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(categories.get(ws.id(), litter.id()).retired()).isTrue();
        assertThat(categories.list(ws.id(), false)).extracting(CategoryView::id).doesNotContain(litter.id());
        assertThat(categories.list(ws.id(), true)).extracting(CategoryView::id).contains(litter.id());
    }

    @Test
    void aCoordinatorCreatesACategoryUnderAMainCategory() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);

        mvc.perform(post("/workspaces/{ws}/reports/categories", ws.id()).with(data.as(coordinator)).with(csrf())
                        .param("code", "skadegorelse_lekplats").param("parentCode", "SKADEGORELSE")
                        .param("name", "Skadegörelse på lekplats").param("commonCode", "EST-01.9"))
                .andExpect(status().is3xxRedirection());

        var created = categories.list(ws.id(), false).stream().filter(c -> c.code().equals("SKADEGORELSE_LEKPLATS")).findFirst();
        assertThat(created).hasValueSatisfying(c -> {
            assertThat(c.parentCode()).isEqualTo("SKADEGORELSE");
            assertThat(c.version()).isEqualTo(1);
        });
    }

    @Test
    void anInvalidCodeIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);

        mvc.perform(post("/workspaces/{ws}/reports/categories", ws.id()).with(data.as(coordinator)).with(csrf())
                        .param("code", "ogiltig kod!").param("name", "Mitt namn på kategori").param("commonCode", "EST-99"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Koden ska vara 2–40 tecken")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mitt namn på kategori")));
    }

    @Test
    void aReaderMayNotChangeCategoriesAndAForeignUserDoesNotSeeThem() throws Exception {
        var ws = data.workspace();
        var reader = data.user(ws, Role.READER);
        var other = data.workspace();
        var foreign = data.user(other, Role.COORDINATOR);

        mvc.perform(post("/workspaces/{ws}/reports/categories", ws.id()).with(data.as(reader)).with(csrf())
                        .param("code", "NY_KOD").param("name", "Ny").param("commonCode", "EST-99"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workspaces/{ws}/reports/categories", ws.id()).with(data.as(foreign)))
                .andExpect(status().isNotFound());
    }

    @Autowired
    AuditApi audit;

    @Test
    void everyCategoryChangeIsAudited() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var fire = categories.list(ws.id(), false).stream().filter(c -> c.code().equals("SKADEGORELSE_BRAND")).findFirst().orElseThrow();

        mvc.perform(post("/workspaces/{ws}/reports/categories/{id}/retire", ws.id(), fire.id()).with(data.as(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(audit.search(new AuditQuery(ws.id(), null, null, "ReportCategory", null, null, null, 0, 100)))
                .anyMatch(e -> e.action().equals("RETIRE") && e.objectType().equals("ReportCategory"));
    }
}
