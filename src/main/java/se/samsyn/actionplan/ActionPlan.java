package se.samsyn.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.shared.WorkspaceId;

/**
 * Åtgärdsplan for a period. {@code revision} counts adoptions; {@code adoptedBy}, {@code adoptedOn} and
 * {@code paragraf} describe the latest one; {@code governanceBodyId} is the agreement module's governance body that
 * decided, when the decision was recorded against one (otherwise {@code adoptedBy} is free text).
 */
public record ActionPlan(UUID id, WorkspaceId workspace, String title, LocalDate periodFrom, LocalDate periodTo, long version,
        int revision, @Nullable String adoptedBy, @Nullable LocalDate adoptedOn, @Nullable String paragraf,
        @Nullable UUID governanceBodyId) {

    public boolean adopted() {
        return adoptedOn != null;
    }
}
