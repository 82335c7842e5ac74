package se.samsyn.agreement.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.ComplianceItem;

/**
 * One line of the compliance board: the item, its level (GREEN, AMBER, RED or UNKNOWN when nothing is recorded), the
 * date it rests on, a note, and the agreement it links to when there is one. {@code reason} is a message key.
 */
public record ComplianceRow(ComplianceItem item, Level level, String reason, @Nullable LocalDate date, @Nullable String note,
        @Nullable AgreementId agreement) {

    public enum Level { GREEN, AMBER, RED, UNKNOWN }
}
