package se.samsyn.incident.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.CategoryView;
import se.samsyn.incident.domain.IncidentRoles;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.SamsynException;
import se.samsyn.shared.WorkspaceId;

/** Rapportkategorier: the coordinator adds, edits (a new version) and retires the workspace's categories. */
@Controller
class CategoryController {

    record CategoryForm(@Nullable String code, @Nullable String parentCode, @Nullable String name,
            @Nullable String description, @Nullable String commonCode) {

        static CategoryForm empty() {
            return new CategoryForm(null, null, null, null, null);
        }

        static CategoryForm of(CategoryView c) {
            return new CategoryForm(c.code(), c.parentCode(), c.name(), c.description(), c.commonCode());
        }

        CategoryService.CategoryCommand command() {
            return new CategoryService.CategoryCommand(code == null ? "" : code, parentCode, name == null ? "" : name,
                    description, commonCode == null ? "" : commonCode);
        }
    }

    private final CategoryService categories;
    private final OrganisationApi organisations;

    CategoryController(CategoryService categories, OrganisationApi organisations) {
        this.categories = categories;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/reports/categories")
    String list(@PathVariable WorkspaceId workspaceId, Model model) {
        Actors.current().require(workspaceId, IncidentRoles.CATEGORY_EDITORS);
        return render(workspaceId, CategoryForm.empty(), null, model);
    }

    @PostMapping("/workspaces/{workspaceId}/reports/categories")
    String create(@PathVariable WorkspaceId workspaceId, @ModelAttribute CategoryForm form, Model model,
            RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.CATEGORY_EDITORS);
        try {
            categories.create(workspaceId, form.command(), actor.userId());
        } catch (RuleViolationException | ConflictException e) {
            return render(workspaceId, form, e, model);
        }
        redirect.addFlashAttribute("flash", "incident.category.created");
        return "redirect:/workspaces/" + workspaceId + "/reports/categories";
    }

    @GetMapping("/workspaces/{workspaceId}/reports/categories/{categoryId}/edit")
    String editForm(@PathVariable WorkspaceId workspaceId, @PathVariable UUID categoryId, Model model) {
        Actors.current().require(workspaceId, IncidentRoles.CATEGORY_EDITORS);
        var category = categories.get(workspaceId, categoryId);
        return renderEdit(workspaceId, category, CategoryForm.of(category), null, model);
    }

    @PostMapping("/workspaces/{workspaceId}/reports/categories/{categoryId}")
    String edit(@PathVariable WorkspaceId workspaceId, @PathVariable UUID categoryId, @ModelAttribute CategoryForm form,
            Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.CATEGORY_EDITORS);
        var category = categories.get(workspaceId, categoryId);
        try {
            categories.edit(workspaceId, categoryId, form.command(), actor.userId());
        } catch (RuleViolationException e) {
            return renderEdit(workspaceId, category, form, e, model);
        }
        redirect.addFlashAttribute("flash", "incident.category.edited");
        return "redirect:/workspaces/" + workspaceId + "/reports/categories";
    }

    @PostMapping("/workspaces/{workspaceId}/reports/categories/{categoryId}/retire")
    String retire(@PathVariable WorkspaceId workspaceId, @PathVariable UUID categoryId, RedirectAttributes redirect) {
        Actors.current().require(workspaceId, IncidentRoles.CATEGORY_EDITORS);
        categories.retire(workspaceId, categoryId);
        redirect.addFlashAttribute("flash", "incident.category.retired");
        return "redirect:/workspaces/" + workspaceId + "/reports/categories";
    }

    private String render(WorkspaceId workspaceId, CategoryForm form, @Nullable SamsynException error, Model model) {
        model.addAttribute("workspace", organisations.findWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("common.error.notFound")));
        model.addAttribute("categories", categories.list(workspaceId, true));
        model.addAttribute("form", form);
        error(error, model);
        return "incident/categories";
    }

    private String renderEdit(WorkspaceId workspaceId, CategoryView category, CategoryForm form,
            @Nullable SamsynException error, Model model) {
        model.addAttribute("workspace", organisations.findWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("common.error.notFound")));
        model.addAttribute("category", category);
        model.addAttribute("form", form);
        error(error, model);
        return "incident/category-edit";
    }

    private static void error(@Nullable SamsynException error, Model model) {
        if (error != null) {
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorArgs", error.arguments());
        }
    }
}
