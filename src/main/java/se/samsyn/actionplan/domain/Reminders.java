package se.samsyn.actionplan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import se.samsyn.actionplan.DueMeasure;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actors;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

/**
 * E-mail reminders to the contact person of every measure that is overdue or due within {@value #DAYS} days and not
 * done: one mail per contact and workspace, listing their measures. Sent every Monday morning
 * ({@code samsyn.actionplan.reminders.cron}) and by the coordinator's "send reminders now".
 */
@Service
public class Reminders {

    static final int DAYS = 14;
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ActionPlans plans;
    private final OrganisationApi organisations;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final String from;

    Reminders(ActionPlans plans, OrganisationApi organisations, JavaMailSender mail, MessageSource messages,
            @Value("${samsyn.mail.from:samsyn@localhost}") String from) {
        this.plans = plans;
        this.organisations = organisations;
        this.mail = mail;
        this.messages = messages;
        this.from = from;
    }

    @Scheduled(cron = "${samsyn.actionplan.reminders.cron:0 0 7 * * MON}")
    void weekly() {
        for (WorkspaceSummary ws : organisations.workspaces()) {
            send(ws, LocalDate.now());
        }
    }

    /** "Skicka påminnelser nu": returns how many mails were sent. */
    public int sendNow(WorkspaceId workspace) {
        Actors.current().require(workspace, Role.ADMIN, Role.COORDINATOR);
        var ws = organisations.findWorkspace(workspace).orElseThrow();
        return send(ws, LocalDate.now());
    }

    private int send(WorkspaceSummary ws, LocalDate today) {
        Map<String, List<DueMeasure>> byContact = new LinkedHashMap<>();
        for (DueMeasure d : plans.dueWithoutActor(ws.id(), today, DAYS)) {
            byContact.computeIfAbsent(d.measure().contactEmail(), k -> new ArrayList<>()).add(d);
        }
        int sent = 0;
        for (var entry : byContact.entrySet()) {
            StringBuilder lines = new StringBuilder();
            for (DueMeasure d : entry.getValue()) {
                lines.append("- ").append(d.measure().title()).append(" (")
                        .append(messages.getMessage(d.overdue() ? "actionplan.due.overdue" : "actionplan.due.upcoming",
                                null, SWEDISH))
                        .append(", ").append(d.measure().due()).append(")\n");
            }
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(entry.getKey());
            message.setSubject(messages.getMessage("actionplan.mail.reminder.subject", new Object[] {ws.name()}, SWEDISH));
            message.setText(messages.getMessage("actionplan.mail.reminder.body",
                    new Object[] {entry.getValue().get(0).measure().contactName(), ws.name(), lines.toString()}, SWEDISH));
            try {
                mail.send(message);
                sent++;
            } catch (MailException e) {
                LOG.warn("Reminder for {} measures in {} could not be sent: {}", entry.getValue().size(), ws.name(),
                        e.getMessage());
            }
        }
        return sent;
    }
}
