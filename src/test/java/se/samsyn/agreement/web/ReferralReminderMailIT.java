package se.samsyn.agreement.web;

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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samsyn.IntegrationTest;
import se.samsyn.TestData;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.agreement.AgreementFixture;
import se.samsyn.agreement.NewRecipient;
import se.samsyn.agreement.ReferralReply;
import se.samsyn.agreement.ReplyPosition;
import se.samsyn.agreement.domain.ReferralService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Role;

/** "Påminn": only unanswered recipients with an address get a reminder, through a real SMTP conversation. */
@IntegrationTest
class ReferralReminderMailIT {

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

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired OrganisationApi organisations;
    @Autowired AgreementApi api;
    @Autowired ReferralService referral;

    @Test
    void unansweredRecipientsWithAnAddressAreRemindedByMail() throws Exception {
        var f = new AgreementFixture(data, organisations, api);
        var coordinator = data.user(f.ws, Role.COORDINATOR);
        var id = f.draft("Samverkansöverenskommelse 2026–2029", 2026, 2029);
        var round = api.startReferral(f.ws.id(), id, "Remiss av överenskommelsen", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 15), List.of(new NewRecipient("Socialnämnden", null, "social@kommun.example"),
                        new NewRecipient("Tekniska nämnden", null, "teknik@kommun.example"),
                        new NewRecipient("Kultur- och fritidsnämnden", null, null)));
        api.reply(f.ws.id(), round, "Socialnämnden", new ReferralReply(ReplyPosition.SUPPORTS, LocalDate.of(2026, 9, 20), null,
                "Tillstyrker.", null, null, null));
        mvc.perform(post("/workspaces/" + f.ws.id() + "/referral/" + round + "/remind").with(csrf()).with(data.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        var messages = SMTP.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo("teknik@kommun.example");
        assertThat(messages[0].getSubject()).isEqualTo("Påminnelse: remiss Remiss av överenskommelsen");
        assertThat(GreenMailUtil.getBody(messages[0])).contains("2026-10-15");
        assertThat(referral.get(f.ws.id(), round).recipients()).filteredOn(r -> r.name().equals("Tekniska nämnden"))
                .singleElement().satisfies(r -> assertThat(r.remindedAt()).isNotNull());
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
