package se.samsyn.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.ReferralRoundId;
import se.samsyn.agreement.ReplyPosition;

/** A referral round with its recipients; {@link #byPosition()} is the compilation. */
public record RoundView(ReferralRoundId id, AgreementId agreement, String agreementTitle, int version, String title,
        LocalDate sentOn, LocalDate deadline, boolean closed, @Nullable LocalDate closedOn, @Nullable String compilation,
        List<RecipientView> recipients) {

    public Map<ReplyPosition, List<RecipientView>> byPosition() {
        return recipients.stream().filter(RecipientView::answered).collect(Collectors.groupingBy(
                r -> java.util.Objects.requireNonNull(r.position()), () -> new java.util.EnumMap<>(ReplyPosition.class),
                Collectors.toList()));
    }

    public List<RecipientView> unanswered() {
        return recipients.stream().filter(r -> !r.answered()).toList();
    }

    public boolean pastDeadline(LocalDate today) {
        return today.isAfter(deadline);
    }
}
