package se.samsyn.situation;

import java.util.Set;
import org.springframework.stereotype.Service;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.domain.SituationService;

/**
 * The lägesbild for other modules (the action plan's annual report): the whole workspace's picture for a period,
 * without individual points. Callers check the actor's access to the workspace themselves.
 */
@Service
public class SituationApi {

    private final SituationService situations;

    SituationApi(SituationService situations) {
        this.situations = situations;
    }

    public SituationPicture picture(WorkspaceId workspace, SituationPeriod period) {
        return situations.picture(new SituationScope(workspace, Set.of(), period, Set.of()), false);
    }
}
