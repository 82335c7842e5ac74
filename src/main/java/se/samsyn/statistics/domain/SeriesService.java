package se.samsyn.statistics.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.Granularity;
import se.samsyn.statistics.SeriesId;
import se.samsyn.statistics.SeriesQuery;
import se.samsyn.statistics.SeriesSummary;
import se.samsyn.statistics.SeriesValue;

/** Reads series and their values; council categories expand to the source categories mapped to them. */
@Service
public class SeriesService {

    private final SeriesRepository series;
    private final CategoryRepository categories;

    SeriesService(SeriesRepository series, CategoryRepository categories) {
        this.series = series;
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    public List<SeriesSummary> find(WorkspaceId workspace, SeriesQuery query) {
        return series.find(workspace, query, codes(workspace, query));
    }

    @Transactional(readOnly = true)
    public SeriesSummary get(WorkspaceId workspace, SeriesId id) {
        return series.find(id).filter(s -> s.workspace().equals(workspace))
                .orElseThrow(() -> new NotFoundException("statistics.error.seriesNotFound"));
    }

    @Transactional(readOnly = true)
    public Optional<SeriesSummary> find(WorkspaceId workspace, SeriesId id) {
        return series.find(id).filter(s -> s.workspace().equals(workspace));
    }

    @Transactional(readOnly = true)
    public List<SeriesValue> values(WorkspaceId workspace, SeriesId id, SeriesQuery range) {
        var s = get(workspace, id);
        return series.values(List.of(id), Map.of(id, s.granularity()), range.from(), range.to());
    }

    @Transactional(readOnly = true)
    public List<SeriesValue> values(WorkspaceId workspace, SeriesQuery query) {
        var found = find(workspace, query);
        Map<SeriesId, Granularity> granularities = found.stream()
                .collect(Collectors.toMap(SeriesSummary::id, SeriesSummary::granularity, (a, b) -> a));
        return series.values(found.stream().map(SeriesSummary::id).toList(), granularities, query.from(), query.to());
    }

    @Transactional(readOnly = true)
    public Map<SeriesId, SeriesSummary> byId(WorkspaceId workspace, SeriesQuery query) {
        return find(workspace, query).stream().collect(Collectors.toMap(SeriesSummary::id, Function.identity()));
    }

    private @Nullable Set<String> codes(WorkspaceId workspace, SeriesQuery query) {
        if (query.councilCategory() == null) {
            return query.categoryCodes();
        }
        var codes = new HashSet<String>();
        codes.add(query.councilCategory());
        codes.addAll(categories.mappedSourceNames(workspace, query.councilCategory()));
        if (query.categoryCodes() != null) {
            codes.retainAll(query.categoryCodes());
        }
        return codes;
    }
}
