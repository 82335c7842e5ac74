package se.samsyn.incident.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * Report categories per workspace. The default EST set is created the first time a workspace's categories are read
 * (the organisation module publishes no workspace-opened event). Edits add a version; categories are retired, never
 * deleted, so old reports keep the version they were filed under.
 */
@Service
public class CategoryService {

    record DefaultCategory(String code, @Nullable String parent, String commonCode, String name,
            @Nullable String description) {}

    public record CategoryCommand(String code, @Nullable String parentCode, String name, @Nullable String description,
            String commonCode) {}

    private static final List<DefaultCategory> DEFAULTS = readDefaults();

    private final CategoryRepository categories;
    private final AuditApi audit;

    CategoryService(CategoryRepository categories, AuditApi audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional
    public List<CategoryView> list(WorkspaceId workspace, boolean includeRetired) {
        ensureDefaults(workspace);
        return categories.list(workspace, includeRetired);
    }

    @Transactional
    public CategoryView get(WorkspaceId workspace, UUID id) {
        ensureDefaults(workspace);
        return categories.find(workspace, id).orElseThrow(() -> new NotFoundException("incident.error.categoryNotFound"));
    }

    /** The categories a report may be filed under: each must exist in the workspace and be active. */
    @Transactional
    public List<CategoryView> usable(WorkspaceId workspace, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            throw new RuleViolationException("incident.error.noCategory");
        }
        ensureDefaults(workspace);
        var found = categories.find(workspace, ids);
        if (found.size() != ids.size()) {
            throw new RuleViolationException("incident.error.unknownCategory");
        }
        if (found.stream().anyMatch(CategoryView::retired)) {
            throw new RuleViolationException("incident.error.retiredCategory");
        }
        return found;
    }

    @Transactional
    public UUID create(WorkspaceId workspace, CategoryCommand command, UUID by) {
        ensureDefaults(workspace);
        String code = normaliseCode(command.code());
        validate(command);
        if (categories.codeTaken(workspace, code)) {
            throw new ConflictException("incident.error.categoryCodeTaken", code);
        }
        String parent = blankToNull(command.parentCode());
        if (parent != null && categories.list(workspace, false).stream().noneMatch(c -> c.code().equals(parent) && !c.child())) {
            throw new RuleViolationException("incident.error.unknownParent");
        }
        UUID id = UUID.randomUUID();
        categories.insert(id, workspace, code, parent, categories.nextPosition(workspace));
        categories.addVersion(id, 1, command.name().strip(), blankToNull(command.description()),
                command.commonCode().strip(), by);
        audit.record(AuditRecord.change(workspace, "CREATE", "ReportCategory", id).with("code=" + code));
        return id;
    }

    /** Stores the edit as a new version; reports filed earlier keep theirs. */
    @Transactional
    public int edit(WorkspaceId workspace, UUID id, CategoryCommand command, UUID by) {
        var current = get(workspace, id);
        if (current.retired()) {
            throw new RuleViolationException("incident.error.retiredCategory");
        }
        validate(command);
        int version = current.version() + 1;
        categories.addVersion(id, version, command.name().strip(), blankToNull(command.description()),
                command.commonCode().strip(), by);
        audit.record(AuditRecord.change(workspace, "EDIT", "ReportCategory", id).with("version=" + version));
        return version;
    }

    @Transactional
    public void retire(WorkspaceId workspace, UUID id) {
        var current = get(workspace, id);
        if (current.retired()) {
            return;
        }
        categories.retire(id);
        audit.record(AuditRecord.change(workspace, "RETIRE", "ReportCategory", id).with("code=" + current.code()));
    }

    private synchronized void ensureDefaults(WorkspaceId workspace) {
        if (categories.count(workspace) > 0) {
            return;
        }
        int position = 1;
        for (var d : DEFAULTS) {
            UUID id = UUID.randomUUID();
            categories.insert(id, workspace, d.code(), d.parent(), position++);
            categories.addVersion(id, 1, d.name(), d.description(), d.commonCode(), null);
        }
        audit.record(AuditRecord.change(workspace, "CREATE_DEFAULTS", "ReportCategory", workspace)
                .with("count=" + DEFAULTS.size()));
    }

    private static void validate(CategoryCommand command) {
        if (command.name() == null || command.name().isBlank() || command.name().length() > 200) {
            throw new RuleViolationException("incident.error.categoryName");
        }
        if (command.commonCode() == null || command.commonCode().isBlank() || command.commonCode().length() > 20) {
            throw new RuleViolationException("incident.error.commonCode");
        }
    }

    private static String normaliseCode(@Nullable String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9_]{2,40}")) {
            throw new RuleViolationException("incident.error.categoryCode");
        }
        return c;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<DefaultCategory> readDefaults() {
        var resource = new ClassPathResource("incident/default-categories.csv");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<DefaultCategory> list = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";", -1);
                list.add(new DefaultCategory(f[0], blankToNull(f[1]), f[2], f[3], blankToNull(f[4])));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
