package se.samsyn.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.CategoryId;
import se.samsyn.statistics.domain.CategoryService;
import se.samsyn.statistics.domain.ImportJobs;
import se.samsyn.statistics.domain.ImportKind;
import se.samsyn.statistics.domain.ImportLog;
import se.samsyn.statistics.domain.PoliceColumn;
import se.samsyn.statistics.domain.StatisticsRoles;

/**
 * Importera statistik: upload a file, see the background check (preview, column and category mapping, problems by row
 * and column), start the import and follow its progress. The job id is in the URL and its state in the database, so a
 * reload shows the same job.
 */
@Controller
class ImportController {

    private final ImportJobs jobs;
    private final ImportLog log;
    private final CategoryService categories;
    private final OrganisationApi organisations;

    ImportController(ImportJobs jobs, ImportLog log, CategoryService categories, OrganisationApi organisations) {
        this.jobs = jobs;
        this.log = log;
        this.categories = categories;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/statistics/imports")
    String imports(@PathVariable WorkspaceId workspaceId, Model model) {
        Actors.current().require(workspaceId, StatisticsRoles.IMPORTERS);
        return page(workspaceId, null, model);
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/imports")
    String upload(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable ImportKind kind,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model) throws IOException {
        var actor = Actors.current();
        actor.require(workspaceId, StatisticsRoles.IMPORTERS);
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException("statistics.import.error.noFile");
            }
            if (kind == null) {
                throw new RuleViolationException("statistics.import.error.noKind");
            }
            var id = jobs.upload(workspaceId, kind, String.valueOf(file.getOriginalFilename()), file.getBytes(),
                    actor.userId());
            return "redirect:/workspaces/" + workspaceId + "/statistics/imports/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("selectedKind", kind);
            return page(workspaceId, kind, model);
        }
    }

    @GetMapping("/workspaces/{workspaceId}/statistics/imports/{jobId}")
    String job(@PathVariable WorkspaceId workspaceId, @PathVariable UUID jobId, Model model) {
        Actors.current().require(workspaceId, StatisticsRoles.IMPORTERS);
        var job = jobs.job(workspaceId, jobId);
        var problems = jobs.problems(workspaceId, jobId);
        model.addAttribute("workspace", StatisticsController.workspace(organisations, workspaceId));
        model.addAttribute("job", job);
        model.addAttribute("problems", problems);
        if (job.kind() == ImportKind.POLICE) {
            model.addAttribute("columns", PoliceColumn.values());
            model.addAttribute("mapping", jobs.policeMapping(workspaceId, job));
            model.addAttribute("unknownCategories", problems.stream()
                    .filter(p -> p.messageKey().equals("statistics.police.error.unknownCategory"))
                    .map(p -> p.arguments().get(0)).distinct().toList());
            model.addAttribute("categories", categories.list(workspaceId));
        }
        return "statistics/job";
    }

    @GetMapping("/workspaces/{workspaceId}/statistics/imports/{jobId}/progress")
    String progress(@PathVariable WorkspaceId workspaceId, @PathVariable UUID jobId, Model model,
            HttpServletResponse response) {
        Actors.current().require(workspaceId, StatisticsRoles.IMPORTERS);
        var job = jobs.job(workspaceId, jobId);
        if (!job.status().busy()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("workspace", StatisticsController.workspace(organisations, workspaceId));
        model.addAttribute("job", job);
        return "statistics/job :: progress";
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/imports/{jobId}/mapping")
    String mapping(@PathVariable WorkspaceId workspaceId, @PathVariable UUID jobId,
            @RequestParam MultiValueMap<String, String> form) {
        Actors.current().require(workspaceId, StatisticsRoles.IMPORTERS);
        var mapping = new EnumMap<PoliceColumn, String>(PoliceColumn.class);
        for (PoliceColumn c : PoliceColumn.values()) {
            String header = form.getFirst("column." + c.name());
            if (header != null) {
                mapping.put(c, header);
            }
        }
        jobs.remap(workspaceId, jobId, mapping);
        return "redirect:/workspaces/" + workspaceId + "/statistics/imports/" + jobId;
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/imports/{jobId}/categories")
    String categories(@PathVariable WorkspaceId workspaceId, @PathVariable UUID jobId,
            @RequestParam MultiValueMap<String, String> form) {
        Actors.current().require(workspaceId, StatisticsRoles.IMPORTERS);
        var names = new LinkedHashMap<String, CategoryId>();
        for (int i = 0; i < 200; i++) {
            String name = form.getFirst("name." + i);
            String category = form.getFirst("category." + i);
            if (name != null && category != null && !category.isBlank()) {
                names.put(name, new CategoryId(StatisticsIdConverters.uuid(category)));
            }
        }
        jobs.mapCategories(workspaceId, jobId, names);
        return "redirect:/workspaces/" + workspaceId + "/statistics/imports/" + jobId;
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/imports/{jobId}/start")
    String start(@PathVariable WorkspaceId workspaceId, @PathVariable UUID jobId) {
        Actors.current().require(workspaceId, StatisticsRoles.IMPORTERS);
        jobs.start(workspaceId, jobId);
        return "redirect:/workspaces/" + workspaceId + "/statistics/imports/" + jobId;
    }

    private String page(WorkspaceId workspaceId, @Nullable ImportKind kind, Model model) {
        model.addAttribute("workspace", StatisticsController.workspace(organisations, workspaceId));
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("selectedKind", kind == null ? ImportKind.POLICE : kind);
        model.addAttribute("jobs", jobs.recent(workspaceId));
        model.addAttribute("log", log.entries(workspaceId));
        return "statistics/imports";
    }
}
