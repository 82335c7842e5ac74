package se.samsyn.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.actionplan.Confidence;
import se.samsyn.actionplan.Horizon;
import se.samsyn.actionplan.MeasureInput;
import se.samsyn.actionplan.MeasureKind;
import se.samsyn.actionplan.NewFocusArea;
import se.samsyn.actionplan.Perspective;
import se.samsyn.actionplan.domain.ActionPlans;
import se.samsyn.shared.Role;

/** "Skicka påminnelser nu" mails the contact person of an overdue measure through a real SMTP conversation. */
@IntegrationTest
class ReminderMailIT {

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

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ActionPlans plans;

    @Test
    void the_contact_of_an_overdue_measure_gets_one_reminder_listing_it() throws Exception {
        var ws = data.workspace();
        var coordinator = data.user(ws, Role.COORDINATOR);
        data.actAs(coordinator);
        LocalDate today = LocalDate.now();
        var problem = plans.createProblem(ws.id(), new NewFocusArea("Klotter", null, today.minusMonths(6),
                today.plusMonths(6), 2, List.of(), null, List.of()));
        var cause = plans.addCause(ws.id(), problem, Perspective.PLACE, "Omålade väggar", null, Confidence.MEDIUM);
        var plan = plans.createPlan(ws.id(), "Plan", today.minusMonths(6), today.plusMonths(6));
        plans.addMeasure(ws.id(), plan, new MeasureInput("Klottersanering inom 24 timmar", MeasureKind.SITUATIONAL,
                Horizon.SHORT, true, null, today.minusMonths(2), today.minusDays(3), null, null, null,
                ws.municipality().value(), "Cecilia Ek", "cecilia.ek@kommun.example", false, null, null, List.of(cause),
                null));
        data.logout();

        mvc.perform(post("/workspaces/" + ws.id() + "/action-plans/reminders").with(csrf()).with(data.as(coordinator)))
                .andExpect(status().is3xxRedirection());

        var mails = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("cecilia.ek@kommun.example");
                    } catch (Exception e) {
                        return false;
                    }
                }).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(ws.name());
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains("Klottersanering inom 24 timmar");
    }
}
