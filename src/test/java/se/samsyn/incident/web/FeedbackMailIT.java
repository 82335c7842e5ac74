package se.samsyn.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.access.AccessApi;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.shared.Role;

/** Återkoppling reaches the reporter in "Mina rapporter" and by e-mail through a real SMTP conversation. */
@IntegrationTest
class FeedbackMailIT {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    GeoApi geo;

    @Autowired
    CategoryService categories;

    @Autowired
    ReportService reports;

    @Autowired
    AccessApi access;

    @Test
    void theReporterSeesTheFeedbackInMyReportsAndGetsAnEmail() throws Exception {
        var fixture = new IncidentFixture(geo, categories, data);
        var ws = data.workspace();
        var reporter = data.user(ws, Role.REPORTER);
        var coordinator = data.user(ws, Role.COORDINATOR);
        mvc.perform(fixture.reportForm(ws, reporter, UUID.randomUUID().toString(), "Trasig belysning i tunneln"))
                .andExpect(status().is3xxRedirection());
        var report = reports.list(ws.id(), ReportFilter.mine(reporter.value(), 0)).rows().get(0);

        mvc.perform(post("/workspaces/{ws}/reports/{id}/feedback", ws.id(), report.id()).with(data.as(coordinator)).with(csrf())
                        .param("text", "Tack! Belysningen lagas vecka 12."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/workspaces/{ws}/reports/mine", ws.id()).with(data.as(reporter)))
                .andExpect(content().string(containsString("Tack! Belysningen lagas vecka 12.")));
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        var email = access.findUser(reporter).orElseThrow().email();
        var message = SMTP.getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1));
        assertThat(message).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(email);
            assertThat(m.getSubject()).isEqualTo("Återkoppling på din rapport " + report.reference());
            assertThat(GreenMailUtil.getBody(m)).contains("Belysningen lagas vecka 12");
        });
        assertThat(reports.feedback(java.util.List.of(report.id()))).singleElement()
                .satisfies(f -> assertThat(f.mailedAt()).isNotNull());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
