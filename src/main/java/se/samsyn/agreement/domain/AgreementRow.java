package se.samsyn.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.AgreementStatus;

/**
 * One agreement in the list: its latest version's title and status, the parties, and the year in which a new agreement
 * must be drafted when the one in force ends within twelve months and nothing replaces it yet.
 */
public record AgreementRow(AgreementId id, String title, AgreementLevel level, AgreementStatus status, int version,
        LocalDate validFrom, LocalDate validTo, List<String> parties, @Nullable Integer renewalYear) {}
