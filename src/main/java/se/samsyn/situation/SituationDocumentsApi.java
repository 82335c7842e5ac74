package se.samsyn.situation;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.domain.SituationDocuments;

/** What other modules may ask about lägesbild documents: the statutory clock for the workspace page. */
@Service
public class SituationDocumentsApi {

    private final SituationDocuments documents;

    SituationDocumentsApi(SituationDocuments documents) {
        this.documents = documents;
    }

    public StatutoryClock statutoryClock(WorkspaceId workspace, LocalDate today) {
        return documents.statutoryClock(workspace, today);
    }
}
