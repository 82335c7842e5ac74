package se.samsyn.agreement.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.shared.WorkspaceId;

/** An agreement with the version being shown, its history and its referral rounds. */
public record AgreementView(
        AgreementId id,
        WorkspaceId workspace,
        AgreementLevel level,
        @Nullable AgreementId parent,
        @Nullable String parentTitle,
        @Nullable AgreementId replaces,
        @Nullable String replacesTitle,
        List<PartyView> parties,
        int currentVersion,
        VersionView version,
        List<VersionSummary> versions,
        @Nullable Integer renewalYear) {

    public boolean showsCurrentVersion() {
        return version.number() == currentVersion;
    }
}
