package se.samsyn.statistics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.CategoryId;
import se.samsyn.statistics.CouncilCategory;

/** The council's categories and their mapping to Brå categories and to the names in the police's files. */
@Service
public class CategoryService {

    public static final List<String> SOURCES = List.of("POLICE", "BRA");

    private final CategoryRepository categories;
    private final AuditApi audit;

    CategoryService(CategoryRepository categories, AuditApi audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CouncilCategory> list(WorkspaceId workspace) {
        return categories.list(workspace);
    }

    @Transactional
    public CategoryId create(WorkspaceId workspace, @Nullable String code, @Nullable String name, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("statistics.category.error.noCode");
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("statistics.category.error.noName");
        }
        LocalDate validFrom = from == null ? LocalDate.now().withDayOfYear(1) : from;
        checkPeriod(validFrom, to);
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (categories.codeTaken(workspace, c, validFrom)) {
            throw new RuleViolationException("statistics.category.error.codeTaken", c);
        }
        var id = new CategoryId(UUID.randomUUID());
        categories.insert(workspace, id, c, name.strip(), validFrom, to);
        audit.record(AuditRecord.change(workspace, "CREATE", "CouncilCategory", id).with("code=" + c));
        return id;
    }

    @Transactional
    public void update(WorkspaceId workspace, CategoryId id, @Nullable String name, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        var existing = get(workspace, id);
        LocalDate validFrom = from == null ? existing.validFrom() : from;
        checkPeriod(validFrom, to);
        categories.update(workspace, id, name == null || name.isBlank() ? existing.name() : name.strip(), validFrom, to);
        audit.record(AuditRecord.change(workspace, "UPDATE", "CouncilCategory", id)
                .with("validFrom=" + validFrom + ";validTo=" + to));
    }

    @Transactional
    public void map(WorkspaceId workspace, CategoryId id, @Nullable String source, @Nullable String name) {
        get(workspace, id);
        if (source == null || !SOURCES.contains(source)) {
            throw new RuleViolationException("statistics.category.error.noSource");
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("statistics.category.error.noSourceName");
        }
        if (!categories.mappingExists(workspace, id, source, name)) {
            categories.insertMapping(workspace, id, source, name);
            audit.record(AuditRecord.change(workspace, "MAP", "CouncilCategory", id).with("source=" + source));
        }
    }

    @Transactional
    public void unmap(WorkspaceId workspace, UUID mapping) {
        if (categories.deleteMapping(workspace, mapping) == 0) {
            throw new NotFoundException("statistics.error.categoryNotFound");
        }
        audit.record(AuditRecord.change(workspace, "UNMAP", "CategoryMapping", mapping));
    }

    /** The council category a police file's category name counts towards on that day, if the name is mapped. */
    public Optional<CouncilCategory> policeCategory(List<CouncilCategory> all, String name, LocalDate day) {
        String key = CategoryRepository.key(name);
        return all.stream().filter(c -> c.validOn(day))
                .filter(c -> CategoryRepository.key(c.code()).equals(key) || CategoryRepository.key(c.name()).equals(key)
                        || c.mappings().stream().anyMatch(m -> m.source().equals("POLICE")
                                && CategoryRepository.key(m.name()).equals(key)))
                .findFirst();
    }

    CouncilCategory get(WorkspaceId workspace, CategoryId id) {
        return categories.list(workspace).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("statistics.error.categoryNotFound"));
    }

    private static void checkPeriod(LocalDate from, @Nullable LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new RuleViolationException("statistics.category.error.toBeforeFrom");
        }
    }
}
