package se.samsyn.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samsyn.agreement.BodyKind;
import se.samsyn.agreement.GovernanceBodyId;

/** A governance body in its tree ({@code depth} 0 = top) with its members. */
public record BodyView(GovernanceBodyId id, @Nullable GovernanceBodyId parent, String name, BodyKind kind,
        @Nullable String mandate, @Nullable String meetingCadence, @Nullable LocalDate retiredOn, int depth,
        List<MemberView> members) {

    public boolean retired() {
        return retiredOn != null;
    }
}
