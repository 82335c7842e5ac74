package se.samsyn.statistics.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.CategoryId;
import se.samsyn.statistics.domain.CategoryService;
import se.samsyn.statistics.domain.StatisticsRoles;

/** Rådets brottskategorier: the council's categories with validity dates and the Brå and police names mapped to them. */
@Controller
class CategoryController {

    private final CategoryService categories;
    private final OrganisationApi organisations;

    CategoryController(CategoryService categories, OrganisationApi organisations) {
        this.categories = categories;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/statistics/categories")
    String list(@PathVariable WorkspaceId workspaceId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return page(workspaceId, actor.hasAnyRole(workspaceId, StatisticsRoles.EDITORS), model);
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/categories")
    String create(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
            Model model, RedirectAttributes redirect) {
        Actors.current().require(workspaceId, StatisticsRoles.EDITORS);
        try {
            categories.create(workspaceId, code, name, validFrom, validTo);
        } catch (RuleViolationException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            model.addAttribute("validFrom", validFrom);
            model.addAttribute("validTo", validTo);
            return page(workspaceId, true, model);
        }
        redirect.addFlashAttribute("flash", "statistics.category.saved");
        return "redirect:/workspaces/" + workspaceId + "/statistics/categories";
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/categories/{councilCategoryId}")
    String update(@PathVariable WorkspaceId workspaceId, @PathVariable("councilCategoryId") CategoryId categoryId,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
            RedirectAttributes redirect) {
        Actors.current().require(workspaceId, StatisticsRoles.EDITORS);
        categories.update(workspaceId, categoryId, name, validFrom, validTo);
        redirect.addFlashAttribute("flash", "statistics.category.saved");
        return "redirect:/workspaces/" + workspaceId + "/statistics/categories";
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/categories/{councilCategoryId}/mappings")
    String map(@PathVariable WorkspaceId workspaceId, @PathVariable("councilCategoryId") CategoryId categoryId,
            @RequestParam(required = false) @Nullable String source, @RequestParam(required = false) @Nullable String sourceName,
            RedirectAttributes redirect) {
        Actors.current().require(workspaceId, StatisticsRoles.EDITORS);
        categories.map(workspaceId, categoryId, source, sourceName);
        redirect.addFlashAttribute("flash", "statistics.category.saved");
        return "redirect:/workspaces/" + workspaceId + "/statistics/categories";
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/categories/mappings/{mappingId}/delete")
    String unmap(@PathVariable WorkspaceId workspaceId, @PathVariable UUID mappingId, RedirectAttributes redirect) {
        Actors.current().require(workspaceId, StatisticsRoles.EDITORS);
        categories.unmap(workspaceId, mappingId);
        redirect.addFlashAttribute("flash", "statistics.category.saved");
        return "redirect:/workspaces/" + workspaceId + "/statistics/categories";
    }

    private String page(WorkspaceId workspaceId, boolean canEdit, Model model) {
        model.addAttribute("workspace", StatisticsController.workspace(organisations, workspaceId));
        model.addAttribute("categories", categories.list(workspaceId));
        model.addAttribute("sources", CategoryService.SOURCES);
        model.addAttribute("canEdit", canEdit);
        return "statistics/categories";
    }
}
