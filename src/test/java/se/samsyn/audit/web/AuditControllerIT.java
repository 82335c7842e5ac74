package se.samsyn.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditQuery;
import se.samsyn.audit.AuditRecord;
import se.samsyn.organisation.OrganisationType;
import se.samsyn.shared.Role;

@IntegrationTest
class AuditControllerIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AuditApi audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filtersByWhoActionObjectAndDateReturnOnlyTheMatchingEntries() throws Exception {
        var ws = data.workspace();
        var admin = data.user(ws, Role.ADMIN);
        var coordinator = data.user(ws, Role.COORDINATOR);
        String adminEmail = data.principal(admin).actor().email();
        var kept = data.organisation("Kvarvarande partner", OrganisationType.PARTNER);
        var removed = data.organisation("Borttagen partner", OrganisationType.PARTNER);
        for (var partner : new Object[] {kept, removed}) {
            mvc.perform(post("/workspaces/{ws}/organisations/grants", ws.id()).with(data.as(admin)).with(csrf())
                    .param("organisation", partner.toString())).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/workspaces/{ws}/organisations/{org}/revoke", ws.id(), removed).with(data.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String log = "/workspaces/{ws}/audit";

        mvc.perform(get(log, ws.id()).param("action", "REVOKE").with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(removed.toString())))
                .andExpect(content().string(not(containsString(kept.toString()))));
        mvc.perform(get(log, ws.id()).param("objectId", kept.toString()).param("objectType", "Organisation")
                        .with(data.as(coordinator)))
                .andExpect(content().string(containsString(kept.toString())))
                .andExpect(content().string(not(containsString(removed.toString()))));
        mvc.perform(get(log, ws.id()).param("actor", adminEmail.substring(0, 14)).param("action", "GRANT")
                        .with(data.as(coordinator)))
                .andExpect(content().string(containsString(kept.toString())))
                .andExpect(content().string(containsString(removed.toString())))
                .andExpect(content().string(containsString("Loggposter: 2 st.")));
        mvc.perform(get(log, ws.id()).param("from", TODAY.toString()).param("to", TODAY.toString()).param("action", "GRANT")
                        .param("actor", adminEmail).with(data.as(coordinator)))
                .andExpect(content().string(containsString("Loggposter: 2 st.")));
        mvc.perform(get(log, ws.id()).param("from", TODAY.plusDays(1).toString()).with(data.as(coordinator)))
                .andExpect(content().string(containsString("Inga loggposter matchar filtret.")));
        mvc.perform(get(log, ws.id()).param("to", TODAY.minusDays(1).toString()).with(data.as(coordinator)))
                .andExpect(content().string(containsString("Inga loggposter matchar filtret.")));
    }

    @Test
    void theLogShowsTheReasonAndPagesNewestFirst() throws Exception {
        var ws = data.workspace();
        var admin = data.user(ws, Role.ADMIN);
        for (int i = 0; i <= 50; i++) {
            audit.record(AuditRecord.change(ws.id(), "PROBE", "PagingProbe", "probe-" + i).because(i == 50 ? "Granskning av ärende" : null));
        }

        mvc.perform(get("/workspaces/{ws}/audit", ws.id()).param("objectType", "PagingProbe").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Granskning av ärende")))
                .andExpect(content().string(containsString(">probe-50<")))
                .andExpect(content().string(containsString(">probe-1<")))
                .andExpect(content().string(not(containsString(">probe-0<"))))
                .andExpect(content().string(containsString("Loggposter: 51 st., sida 1 av 2")))
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(get("/workspaces/{ws}/audit", ws.id()).param("objectType", "PagingProbe").param("page", "1")
                        .with(data.as(admin)))
                .andExpect(content().string(containsString(">probe-0<")))
                .andExpect(content().string(not(containsString(">probe-1<"))))
                .andExpect(content().string(containsString("rel=\"prev\"")));
    }

    @Test
    void readingTheLogIsNotItselfLogged() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        var everything = new AuditQuery(ws.id(), null, null, null, null, null, null, 0, 10);
        long before = audit.count(everything);

        mvc.perform(get("/workspaces/{ws}/audit", ws.id()).with(data.as(coordinator))).andExpect(status().isOk());

        assertThat(audit.count(everything)).isEqualTo(before);
    }

    @Test
    void readersAreForbiddenAndPeopleOfAnotherWorkspaceDoNotFindIt() throws Exception {
        var ws = data.workspace();
        var other = data.workspace();
        var reader = data.user(ws, Role.READER);
        var otherAdmin = data.user(other, Role.ADMIN);

        mvc.perform(get("/workspaces/{ws}/audit", ws.id()).with(data.as(reader))).andExpect(status().isForbidden());
        mvc.perform(get("/workspaces/{ws}/audit", ws.id()).with(data.as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/{ws}/audit", other.id()).with(data.as(otherAdmin))).andExpect(status().isOk());
    }

    @Test
    void theNavigationOffersTheLogOnlyToThoseWhoMayReadIt() throws Exception {
        var ws = data.workspace();
        var reader = data.user(ws, Role.READER);
        var coordinator = data.user(ws, Role.COORDINATOR);
        String logLink = "href=\"/workspaces/" + ws.id().value() + "/audit\"";

        mvc.perform(get("/workspaces/{ws}", ws.id()).with(data.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(logLink))));
        mvc.perform(get("/workspaces/{ws}", ws.id()).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(logLink)));
    }

    @Test
    void aSystemAdministratorSeesEveryWorkspaceAndCanFilterByOne() throws Exception {
        var ws = data.workspace();
        var other = data.workspace();
        var admin = data.systemAdmin(ws);
        audit.record(AuditRecord.change(ws.id(), "PROBE", "AdminProbe", "in-first"));
        audit.record(AuditRecord.change(other.id(), "PROBE", "AdminProbe", "in-second"));

        mvc.perform(get("/admin/audit").param("objectType", "AdminProbe").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">in-first<")))
                .andExpect(content().string(containsString(">in-second<")))
                .andExpect(content().string(containsString(other.name())));
        mvc.perform(get("/admin/audit").param("objectType", "AdminProbe").param("ws", other.id().toString())
                        .with(data.as(admin)))
                .andExpect(content().string(not(containsString(">in-first<"))))
                .andExpect(content().string(containsString(">in-second<")));
    }

    @Test
    void chainVerificationReportsAnIntactChainAndFindsATamperedEntry() throws Exception {
        var ws = data.workspace();
        var admin = data.systemAdmin(ws);
        String marker = "tamper-" + UUID.randomUUID();
        audit.record(AuditRecord.change(ws.id(), "PROBE", "TamperProbe", marker).with("status=OPEN"));

        mvc.perform(get("/admin/audit/verify").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Loggkedjan är obruten")));

        try {
            jdbc.sql("update audit.audit_entry set details = 'status=CLOSED' where object_id = :id").param("id", marker).update();
            assertThat(audit.verify().intact()).isFalse();
            long seq = jdbc.sql("select seq from audit.audit_entry where object_id = :id").param("id", marker).query(Long.class).single();
            mvc.perform(get("/admin/audit/verify").with(data.as(admin)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Loggkedjan är bruten vid post nummer " + seq)));
        } finally {
            jdbc.sql("update audit.audit_entry set details = 'status=OPEN' where object_id = :id").param("id", marker).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void malformedFilterValuesCountAsBlankInsteadOfFailing() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);

        mvc.perform(get("/workspaces/{ws}/audit", ws.id()).param("from", "igår").param("page", "x")
                        .with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-entries\"")));
    }
}
