package se.samsyn.policeevents.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.policeevents.TypeCount;
import se.samsyn.policeevents.domain.LivePoliceEvents;
import se.samsyn.policeevents.domain.PoliceEventService;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

/**
 * Polisens händelser: the workspace kommun's events with counts by type; the system administrator's import and the
 * state of the live fetch.
 */
@Controller
class PoliceEventController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PoliceEventService events;
    private final LivePoliceEvents live;
    private final OrganisationApi organisations;

    PoliceEventController(PoliceEventService events, LivePoliceEvents live, OrganisationApi organisations) {
        this.events = events;
        this.live = live;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/police-events")
    String list(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth month, Model model) {
        Actors.current().require(workspaceId);
        var workspace = workspace(workspaceId);
        String selectedType = type == null || type.isBlank() ? null : type;
        var from = month == null ? null : month.atDay(1);
        var to = month == null ? null : month.atEndOfMonth();
        List<TypeCount> counts = events.countByType(workspace.municipalityCode(), from, to);
        model.addAttribute("workspace", workspace);
        model.addAttribute("events", events.list(workspace.municipalityCode(), from, to, selectedType));
        model.addAttribute("limit", PoliceEventService.LIST_LIMIT);
        model.addAttribute("counts", counts);
        model.addAttribute("selectedType", selectedType);
        model.addAttribute("month", month);
        model.addAttribute("chart", JSON.writeValueAsString(Map.of(
                "labels", counts.stream().map(TypeCount::type).toList(),
                "values", counts.stream().map(TypeCount::count).toList())));
        return "policeevents/list";
    }

    @GetMapping("/admin/police-events")
    String importForm(Model model) {
        Actors.current().requireSystemAdmin();
        model.addAttribute("total", events.count());
        model.addAttribute("live", live.status());
        return "policeevents/import";
    }

    @PostMapping("/admin/police-events")
    String importEvents(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        Actors.current().requireSystemAdmin();
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException("policeevents.import.error.noFile");
            }
            try (var in = file.getInputStream()) {
                var result = events.importFile(String.valueOf(file.getOriginalFilename()), in);
                redirect.addFlashAttribute("flash", "policeevents.import.done");
                redirect.addFlashAttribute("result", result);
            }
            return "redirect:/admin/police-events";
        } catch (RuleViolationException e) {
            model.addAttribute("total", events.count());
            model.addAttribute("live", live.status());
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return "policeevents/import";
        }
    }

    private WorkspaceSummary workspace(WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }
}
