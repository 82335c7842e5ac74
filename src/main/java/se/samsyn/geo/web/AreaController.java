package se.samsyn.geo.web;

import java.io.IOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.domain.AreaService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Områden: the workspace's areas as a table and a map; import from GeoJSON; retire. */
@Controller
class AreaController {

    private static final Role[] EDITORS = {Role.ADMIN, Role.COORDINATOR};

    private final AreaService areas;
    private final OrganisationApi organisations;

    AreaController(AreaService areas, OrganisationApi organisations) {
        this.areas = areas;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/areas")
    String list(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable AreaType type,
            @RequestParam(defaultValue = "false") boolean retired, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("areas", areas.list(workspaceId, type, retired));
        model.addAttribute("types", AreaType.values());
        model.addAttribute("selectedType", type);
        model.addAttribute("retired", retired);
        model.addAttribute("canEdit", actor.hasAnyRole(workspaceId, EDITORS));
        return "geo/areas";
    }

    @GetMapping("/workspaces/{workspaceId}/areas/{areaId}")
    String detail(@PathVariable WorkspaceId workspaceId, @PathVariable AreaId areaId, Model model) {
        Actors.current().require(workspaceId);
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("details", areas.details(workspaceId, areaId));
        return "geo/area";
    }

    @GetMapping("/workspaces/{workspaceId}/areas/import")
    String importForm(@PathVariable WorkspaceId workspaceId, Model model) {
        Actors.current().require(workspaceId, EDITORS);
        return form(workspaceId, AreaImportForm.empty(), null, model);
    }

    @PostMapping("/workspaces/{workspaceId}/areas/import")
    String importAreas(@PathVariable WorkspaceId workspaceId, @ModelAttribute AreaImportForm form,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        var actor = Actors.current();
        actor.require(workspaceId, EDITORS);
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException("geo.import.error.noFile");
            }
            if (form.type() == null) {
                throw new RuleViolationException("geo.import.error.noType");
            }
            var result = areas.importAreas(new AreaService.ImportRequest(workspaceId, form.type(),
                    String.valueOf(file.getOriginalFilename()), file.getBytes(), form.nameProperty(), form.codeProperty(),
                    form.filterProperty(), form.filterValue(),
                    form.validFrom() == null ? LocalDate.now() : form.validFrom(), form.validTo(), actor.userId()));
            redirect.addFlashAttribute("flash", result.alreadyImported() ? "geo.import.alreadyImported" : "geo.import.done");
            redirect.addFlashAttribute("importedCount", result.imported());
            redirect.addFlashAttribute("unchangedCount", result.unchanged());
            return "redirect:/workspaces/" + workspaceId + "/areas";
        } catch (RuleViolationException e) {
            return form(workspaceId, form, e, model);
        }
    }

    @PostMapping("/workspaces/{workspaceId}/areas/{areaId}/retire")
    String retire(@PathVariable WorkspaceId workspaceId, @PathVariable AreaId areaId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
            RedirectAttributes redirect) {
        Actors.current().require(workspaceId, EDITORS);
        areas.retire(workspaceId, areaId, lastDay == null ? LocalDate.now() : lastDay);
        redirect.addFlashAttribute("flash", "geo.retire.done");
        return "redirect:/workspaces/" + workspaceId + "/areas";
    }

    private String form(WorkspaceId workspaceId, AreaImportForm form, @Nullable RuleViolationException error, Model model) {
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("form", form);
        model.addAttribute("types", AreaType.values());
        if (error != null) {
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorArgs", error.arguments());
        }
        return "geo/import";
    }

    private se.samsyn.organisation.WorkspaceSummary workspace(WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }
}
