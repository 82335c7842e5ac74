package se.samsyn.agreement.domain;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Mails a referral reminder after the reminder is committed. A failed mail is logged; the reminder stays recorded. */
@Component
class ReferralReminderMailer {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralReminderMailer.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final JavaMailSender mail;
    private final ReferralRepository rounds;
    private final MessageSource messages;
    private final String from;

    ReferralReminderMailer(JavaMailSender mail, ReferralRepository rounds, MessageSource messages,
            @Value("${samsyn.mail.from:samsyn@localhost}") String from) {
        this.mail = mail;
        this.rounds = rounds;
        this.messages = messages;
        this.from = from;
    }

    @TransactionalEventListener
    void on(ReferralReminderDue event) {
        var reminder = rounds.reminder(event.recipientId()).orElse(null);
        if (reminder == null) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(reminder.email());
        message.setSubject(messages.getMessage("agreement.mail.reminder.subject", new Object[] {reminder.title()}, SWEDISH));
        message.setText(messages.getMessage("agreement.mail.reminder.body",
                new Object[] {reminder.name(), reminder.title(), reminder.deadline().toString()}, SWEDISH));
        try {
            mail.send(message);
        } catch (MailException e) {
            LOG.warn("Referral reminder could not be sent: {}", e.getMessage());
        }
    }
}
