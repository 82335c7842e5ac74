package se.samsyn.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.NewRecipient;
import se.samsyn.agreement.ReferralReply;
import se.samsyn.agreement.ReferralRoundId;
import se.samsyn.agreement.ReplyPosition;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * Referral rounds on an agreement version: send to recipients, record replies with their position, remind by e-mail,
 * compile and close. Closing brings the version back for revision; a reply after closing is refused.
 */
@Service
public class ReferralService {

    private final ReferralRepository rounds;
    private final AgreementService agreements;
    private final AuditApi audit;
    private final ApplicationEventPublisher events;
    private final se.samsyn.organisation.OrganisationApi organisations;

    ReferralService(ReferralRepository rounds, AgreementService agreements, AuditApi audit, ApplicationEventPublisher events,
            se.samsyn.organisation.OrganisationApi organisations) {
        this.rounds = rounds;
        this.agreements = agreements;
        this.audit = audit;
        this.events = events;
        this.organisations = organisations;
    }

    @Transactional
    public ReferralRoundId start(WorkspaceId workspace, AgreementId agreement, @Nullable String title,
            @Nullable LocalDate sentOn, @Nullable LocalDate deadline, List<NewRecipient> recipients) {
        var v = agreements.current(workspace, agreement);
        if (v.status() != AgreementStatus.DRAFT && v.status() != AgreementStatus.UNDER_REVISION) {
            throw new RuleViolationException("agreement.referral.error.notDraft");
        }
        LocalDate sent = sentOn == null ? LocalDate.now() : sentOn;
        if (deadline == null) {
            throw new RuleViolationException("agreement.referral.error.noDeadline");
        }
        if (deadline.isBefore(sent)) {
            throw new RuleViolationException("agreement.referral.error.deadlineBeforeSent");
        }
        var named = recipients.stream().filter(r -> r.name() != null && !r.name().isBlank()).toList();
        if (named.isEmpty()) {
            throw new RuleViolationException("agreement.referral.error.noRecipients");
        }
        named.forEach(r -> check(workspace, r));
        var id = new ReferralRoundId(UUID.randomUUID());
        String t = title == null || title.isBlank() ? v.title() : title.strip();
        rounds.insertRound(workspace, id, agreement, v.number(), t, sent, deadline);
        named.forEach(r -> rounds.insertRecipient(id, clean(r)));
        agreements.moveForReferral(workspace, agreement, v.number(), AgreementStatus.IN_REFERRAL);
        audit.record(AuditRecord.change(workspace, "START_REMISS", "Agreement", agreement).with("round=" + id));
        return id;
    }

    @Transactional(readOnly = true)
    public RoundView get(WorkspaceId workspace, ReferralRoundId id) {
        var r = round(workspace, id);
        var agreement = agreements.get(workspace, r.agreement(), r.version(), LocalDate.now());
        return new RoundView(r.id(), r.agreement(), agreement.version().title(), r.version(), r.title(), r.sentOn(),
                r.deadline(), r.closed(), r.closedOn(), r.compilation(), rounds.recipients(id));
    }

    @Transactional(readOnly = true)
    public List<RoundSummary> rounds(WorkspaceId workspace, AgreementId agreement) {
        return rounds.rounds(workspace, agreement).stream().map(r -> {
            var recipients = rounds.recipients(r.id());
            return new RoundSummary(r.id(), r.version(), r.title(), r.sentOn(), r.deadline(), r.closed(), recipients.size(),
                    (int) recipients.stream().filter(RecipientView::answered).count());
        }).toList();
    }

    @Transactional
    public void addRecipient(WorkspaceId workspace, ReferralRoundId id, NewRecipient recipient) {
        open(workspace, id);
        if (recipient.name() == null || recipient.name().isBlank()) {
            throw new RuleViolationException("agreement.referral.error.noRecipientName");
        }
        check(workspace, recipient);
        rounds.insertRecipient(id, clean(recipient));
        audit.record(AuditRecord.change(workspace, "ADD_RECIPIENT", "ReferralRound", id));
    }

    @Transactional
    public void reply(WorkspaceId workspace, ReferralRoundId id, UUID recipient, ReferralReply reply) {
        open(workspace, id);
        if (reply.position() == null) {
            throw new RuleViolationException("agreement.referral.error.noPosition");
        }
        boolean hasFile = reply.data() != null && reply.data().length > 0;
        boolean hasText = reply.text() != null && !reply.text().isBlank();
        if (!hasFile && !hasText && reply.position() != ReplyPosition.ABSTAINS) {
            throw new RuleViolationException("agreement.referral.error.noReplyContent");
        }
        if (hasFile && reply.data().length > AgreementService.MAX_FILE_BYTES) {
            throw new RuleViolationException("agreement.error.fileTooLarge");
        }
        LocalDate on = reply.receivedOn() == null ? LocalDate.now() : reply.receivedOn();
        var cleaned = new ReferralReply(reply.position(), on, AgreementService.blank(reply.reference()),
                hasText ? reply.text().strip() : null, hasFile ? AgreementService.fileName(reply.fileName()) : null,
                hasFile ? AgreementService.contentType(reply.contentType()) : null, hasFile ? reply.data() : null);
        if (rounds.saveReply(id, recipient, cleaned) == 0) {
            throw new NotFoundException("agreement.referral.error.notFound");
        }
        audit.record(AuditRecord.change(workspace, "REPLY", "ReferralRound", id).with("position=" + reply.position()));
    }

    /** Notes what the reply led to in the revised text; allowed also after the round closed. */
    @Transactional
    public void noteChange(WorkspaceId workspace, ReferralRoundId id, UUID recipient, @Nullable String change) {
        round(workspace, id);
        if (rounds.noteChange(id, recipient, AgreementService.blank(change)) == 0) {
            throw new NotFoundException("agreement.referral.error.notFound");
        }
        audit.record(AuditRecord.change(workspace, "NOTE_CHANGE", "ReferralRound", id));
    }

    /** Records a reminder for every unanswered recipient with an e-mail address and mails it after commit. */
    @Transactional
    public int remind(WorkspaceId workspace, ReferralRoundId id) {
        open(workspace, id);
        var due = rounds.recipients(id).stream().filter(r -> !r.answered() && r.email() != null).toList();
        if (due.isEmpty()) {
            throw new RuleViolationException("agreement.referral.error.nobodyToRemind");
        }
        for (var r : due) {
            rounds.markReminded(r.id());
            events.publishEvent(new ReferralReminderDue(r.id()));
        }
        audit.record(AuditRecord.change(workspace, "REMIND", "ReferralRound", id).with("count=" + due.size()));
        return due.size();
    }

    @Transactional
    public void close(WorkspaceId workspace, ReferralRoundId id, @Nullable String compilation) {
        var r = open(workspace, id);
        rounds.close(id, AgreementService.blank(compilation), LocalDate.now());
        var v = agreements.current(workspace, r.agreement());
        if (v.number() == r.version() && v.status() == AgreementStatus.IN_REFERRAL) {
            agreements.moveForReferral(workspace, r.agreement(), r.version(), AgreementStatus.UNDER_REVISION);
        }
        audit.record(AuditRecord.change(workspace, "CLOSE", "ReferralRound", id));
    }

    @Transactional(readOnly = true)
    public StoredFile replyFile(WorkspaceId workspace, ReferralRoundId id, UUID recipient) {
        return rounds.replyFile(workspace, id, recipient)
                .orElseThrow(() -> new NotFoundException("agreement.referral.error.notFound"));
    }

    private ReferralRepository.Round open(WorkspaceId workspace, ReferralRoundId id) {
        var r = round(workspace, id);
        if (r.closed()) {
            throw new RuleViolationException("agreement.referral.error.closed", String.valueOf(r.closedOn()));
        }
        return r;
    }

    private ReferralRepository.Round round(WorkspaceId workspace, ReferralRoundId id) {
        return rounds.round(workspace, id).orElseThrow(() -> new NotFoundException("agreement.referral.error.notFound"));
    }

    /** The workspace's organisations a recipient may be linked to. */
    @Transactional(readOnly = true)
    public java.util.List<se.samsyn.organisation.OrganisationSummary> recipientOrganisations(WorkspaceId workspace) {
        return organisations.organisationsIn(workspace);
    }

    private void check(WorkspaceId workspace, NewRecipient r) {
        checkEmail(r);
        if (r.organisation() != null && !organisations.isGranted(workspace, r.organisation())) {
            throw new RuleViolationException("agreement.referral.error.organisationNotInWorkspace");
        }
    }

    private static void checkEmail(NewRecipient r) {
        if (r.email() != null && !r.email().isBlank() && !r.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolationException("agreement.referral.error.badEmail", r.email().strip());
        }
    }

    private static NewRecipient clean(NewRecipient r) {
        return new NewRecipient(java.util.Objects.requireNonNull(r.name()).strip(), r.organisation(),
                AgreementService.blank(r.email()));
    }
}
