package se.samsyn.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditEntryView;
import se.samsyn.audit.AuditWorkspaces;
import se.samsyn.audit.AuditWorkspaces.AuditWorkspace;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

/**
 * Loggen: a workspace's entries for its administrators and coordinators, and every entry plus the chain check for
 * system administrators. Reading the log is not itself logged.
 */
@Controller
class AuditController {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Stockholm"));

    record AuditRow(AuditEntryView entry, String when, @Nullable String workspaceName) {}

    private final AuditApi audit;
    private final AuditWorkspaces workspaces;

    AuditController(AuditApi audit, AuditWorkspaces workspaces) {
        this.audit = audit;
        this.workspaces = workspaces;
    }

    @GetMapping("/workspaces/{workspaceId}/audit")
    String workspaceLog(@PathVariable WorkspaceId workspaceId, @RequestParam Map<String, String> params, Model model) {
        Actors.current().require(workspaceId, Role.ADMIN, Role.COORDINATOR);
        var filter = filter(params, model);
        var workspace = workspaces.find(workspaceId).orElseThrow(() -> new NotFoundException("common.error.notFound"));
        model.addAttribute("workspace", workspace);
        page(filter, workspaceId, Map.of(workspaceId.value(), workspace.name()), model);
        model.addAttribute("actions", audit.actions(workspaceId));
        model.addAttribute("objectTypes", audit.objectTypes(workspaceId));
        return "audit/log";
    }

    @GetMapping("/admin/audit")
    String adminLog(@RequestParam Map<String, String> params, Model model) {
        Actors.current().requireSystemAdmin();
        adminPage(filter(params, model), model);
        return "audit/admin-log";
    }

    /** A read like the list itself; the result shows above the list. */
    @GetMapping("/admin/audit/verify")
    String verify(@RequestParam Map<String, String> params, Model model) {
        Actors.current().requireSystemAdmin();
        var filter = filter(params, model);
        var verification = audit.verify();
        model.addAttribute("verification", verification);
        model.addAttribute("brokenAt", verification.firstBrokenAt() == null ? "" : WHEN.format(verification.firstBrokenAt()));
        adminPage(filter, model);
        return "audit/admin-log";
    }

    private static AuditFilter filter(Map<String, String> params, Model model) {
        var filter = AuditFilter.of(params);
        model.addAttribute("filter", filter);
        return filter;
    }

    private void adminPage(AuditFilter filter, Model model) {
        List<AuditWorkspace> all = workspaces.all();
        WorkspaceId selected = all.stream().filter(w -> w.id().toString().equals(filter.ws())).map(AuditWorkspace::id)
                .findFirst().orElse(null);
        page(filter, selected, all.stream().collect(Collectors.toMap(w -> w.id().value(), AuditWorkspace::name)), model);
        model.addAttribute("workspaces", all);
        model.addAttribute("actions", audit.actions(null));
        model.addAttribute("objectTypes", audit.objectTypes(null));
    }

    private void page(AuditFilter filter, @Nullable WorkspaceId workspace, Map<UUID, String> names, Model model) {
        var query = filter.toQuery(workspace);
        long total = audit.count(query);
        model.addAttribute("rows", audit.search(query).stream()
                .map(e -> new AuditRow(e, WHEN.format(e.occurredAt()), e.workspace() == null ? null : names.get(e.workspace())))
                .toList());
        model.addAttribute("total", total);
        model.addAttribute("page", filter.pageNumber());
        model.addAttribute("hasPrevious", filter.pageNumber() > 0);
        model.addAttribute("hasNext", (long) (filter.pageNumber() + 1) * AuditFilter.PAGE_SIZE < total);
        model.addAttribute("pageCount", Math.max(1, (total + AuditFilter.PAGE_SIZE - 1) / AuditFilter.PAGE_SIZE));
    }
}
