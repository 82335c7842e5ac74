package se.samsyn.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transition table of DOMAIN.md §12.3 as users may walk it; every other edge is refused. */
class AgreementStatusTest {

    static final Map<AgreementStatus, Set<AgreementStatus>> ALLOWED = Map.of(
            AgreementStatus.DRAFT, EnumSet.of(AgreementStatus.PENDING_DECISION),
            AgreementStatus.UNDER_REVISION, EnumSet.of(AgreementStatus.PENDING_DECISION),
            AgreementStatus.PENDING_DECISION, EnumSet.of(AgreementStatus.UNDER_REVISION, AgreementStatus.ADOPTED),
            AgreementStatus.ADOPTED, EnumSet.of(AgreementStatus.SIGNED),
            AgreementStatus.SIGNED, EnumSet.of(AgreementStatus.ACTIVE, AgreementStatus.TERMINATED),
            AgreementStatus.ACTIVE, EnumSet.of(AgreementStatus.TERMINATED));

    @Test
    void exactlyTheListedEdgesAreAllowed() {
        int refused = 0;
        for (AgreementStatus from : AgreementStatus.values()) {
            for (AgreementStatus to : AgreementStatus.values()) {
                boolean expected = ALLOWED.getOrDefault(from, Set.of()).contains(to);
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(expected);
                refused += expected ? 0 : 1;
            }
        }
        assertThat(refused).isEqualTo(100 - 8);
    }

    @Test
    void referralExpiryAndSupersedingAreNeverManual() {
        for (AgreementStatus from : AgreementStatus.values()) {
            assertThat(from.next()).doesNotContain(AgreementStatus.IN_REFERRAL, AgreementStatus.EXPIRED,
                    AgreementStatus.SUPERSEDED, AgreementStatus.DRAFT);
        }
    }

    @Test
    void onlyUndecidedVersionsAreEditedInPlaceAndDecidedOnesGetANewVersion() {
        assertThat(EnumSet.allOf(AgreementStatus.class)).filteredOn(AgreementStatus::editable)
                .containsExactly(AgreementStatus.DRAFT, AgreementStatus.UNDER_REVISION, AgreementStatus.PENDING_DECISION);
        assertThat(EnumSet.allOf(AgreementStatus.class)).filteredOn(AgreementStatus::decided)
                .containsExactly(AgreementStatus.ADOPTED, AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.EXPIRED);
        assertThat(AgreementStatus.IN_REFERRAL.editable()).isFalse();
    }
}
