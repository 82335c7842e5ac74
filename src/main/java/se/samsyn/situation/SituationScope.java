package se.samsyn.situation;

import java.util.Set;
import se.samsyn.geo.AreaId;
import se.samsyn.shared.WorkspaceId;

/** What a lägesbild is about: a workspace, its areas (empty = all EST areas), a period and categories (empty = all). */
public record SituationScope(WorkspaceId workspace, Set<AreaId> areas, SituationPeriod period, Set<String> categoryCodes) {

    public SituationScope {
        areas = Set.copyOf(areas);
        categoryCodes = Set.copyOf(categoryCodes);
    }
}
