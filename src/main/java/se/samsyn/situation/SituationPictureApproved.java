package se.samsyn.situation;

import java.time.LocalDate;
import java.util.UUID;
import se.samsyn.shared.WorkspaceId;

/**
 * Published when a governance body has approved a lägesbild document. {@code statutory} marks the lägesbild under
 * Lag (2023:196) that the compliance board counts. No module listens yet; the agreement module's compliance item is fed
 * synchronously through {@code AgreementApi} (see docs/situation.md, "Lagens klocka").
 */
public record SituationPictureApproved(WorkspaceId workspace, UUID documentId, String type, boolean statutory,
        LocalDate decidedOn, String body, String paragraph) {}
