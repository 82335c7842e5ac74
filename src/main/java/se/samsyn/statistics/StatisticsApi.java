package se.samsyn.statistics;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.domain.CategoryService;
import se.samsyn.statistics.domain.SeriesService;

/**
 * Series for other modules (lägesbild, goals): find a workspace's series by area, category, source and measure, and read
 * their values for a period range. Callers check the actor's access to the workspace themselves.
 */
@Service
public class StatisticsApi {

    private final SeriesService series;
    private final CategoryService categories;

    StatisticsApi(SeriesService series, CategoryService categories) {
        this.series = series;
        this.categories = categories;
    }

    public List<SeriesSummary> series(WorkspaceId workspace, SeriesQuery query) {
        return series.find(workspace, query);
    }

    public Optional<SeriesSummary> series(WorkspaceId workspace, SeriesId id) {
        return series.find(workspace, id);
    }

    /** Values of one series, limited to {@code range.from()}–{@code range.to()} when given. */
    public List<SeriesValue> values(WorkspaceId workspace, SeriesId id, SeriesQuery range) {
        return series.values(workspace, id, range);
    }

    /** Values of every series that matches the query, within its period range, ordered by series and period. */
    public List<SeriesValue> values(WorkspaceId workspace, SeriesQuery query) {
        return series.values(workspace, query);
    }

    /** The council's categories (valid on any day), with the Brå and police categories mapped to each. */
    public List<CouncilCategory> councilCategories(WorkspaceId workspace) {
        return categories.list(workspace);
    }
}
