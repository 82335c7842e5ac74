package se.samsyn.incident.domain;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import se.samsyn.access.AccessApi;
import se.samsyn.access.UserId;
import se.samsyn.shared.WorkspaceId;

/** Mails the reporter when a coordinator gives feedback, after the feedback is committed. A failed mail is logged. */
@Component
class FeedbackMailer {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackMailer.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final JavaMailSender mail;
    private final ReportRepository reports;
    private final AccessApi access;
    private final MessageSource messages;
    private final String from;

    FeedbackMailer(JavaMailSender mail, ReportRepository reports, AccessApi access, MessageSource messages,
            @Value("${samsyn.mail.from:samsyn@localhost}") String from) {
        this.mail = mail;
        this.reports = reports;
        this.access = access;
        this.messages = messages;
        this.from = from;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(FeedbackGiven event) {
        var report = reports.find(new WorkspaceId(event.workspaceId()), event.reportId()).orElse(null);
        var feedback = reports.feedback(event.feedbackId()).orElse(null);
        if (report == null || feedback == null) {
            return;
        }
        var reporter = access.findUser(new UserId(report.reporterId())).orElse(null);
        if (reporter == null || !reporter.active()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(reporter.email());
        message.setSubject(messages.getMessage("incident.mail.feedback.subject", new Object[] {report.reference()}, SWEDISH));
        message.setText(messages.getMessage("incident.mail.feedback.body",
                new Object[] {reporter.displayName(), report.reference(), feedback.text()}, SWEDISH));
        try {
            mail.send(message);
            reports.feedbackMailed(feedback.id());
        } catch (MailException e) {
            LOG.warn("Feedback mail for report {} could not be sent: {}", report.reference(), e.getMessage());
        }
    }
}
