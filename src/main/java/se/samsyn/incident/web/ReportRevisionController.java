package se.samsyn.incident.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.IncidentRoles;
import se.samsyn.incident.domain.PersonalDataWarning;
import se.samsyn.incident.domain.ReportView;
import se.samsyn.incident.domain.RevisingReports;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.SamsynException;
import se.samsyn.shared.WorkspaceId;

/** The reporter changes place text, categories and description of their own report from "Mina rapporter". */
@Controller
class ReportRevisionController {

    private final RevisingReports revising;
    private final CategoryService categories;
    private final OrganisationApi organisations;

    ReportRevisionController(RevisingReports revising, CategoryService categories, OrganisationApi organisations) {
        this.revising = revising;
        this.categories = categories;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/reports/{reportId}/edit")
    String form(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.REPORTERS);
        var report = revising.revisable(workspaceId, reportId, actor);
        return render(workspaceId, report, ReportRevisionForm.of(report), model);
    }

    @PostMapping("/workspaces/{workspaceId}/reports/{reportId}/edit")
    String revise(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId,
            @ModelAttribute("form") ReportRevisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.REPORTERS);
        var report = revising.own(workspaceId, reportId, actor);
        if (binding.hasErrors()) {
            return failed(workspaceId, report, form, model, new RuleViolationException("incident.error.format"));
        }
        try {
            revising.revise(workspaceId, reportId, form.toRevision(), actor);
            redirect.addFlashAttribute("flash", "incident.revise.done");
            return "redirect:/workspaces/" + workspaceId + "/reports/mine";
        } catch (PersonalDataWarning warning) {
            model.addAttribute("personalDataKinds", warning.kinds());
            return render(workspaceId, report, form, model);
        } catch (RuleViolationException | ConflictException e) {
            return failed(workspaceId, report, form, model, e);
        }
    }

    private String failed(WorkspaceId workspaceId, ReportView report, ReportRevisionForm form, Model model,
            SamsynException e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
        model.addAttribute("errorFields", List.of(field(e.messageKey())));
        return render(workspaceId, report, form, model);
    }

    private static String field(String messageKey) {
        return switch (messageKey) {
            case "incident.error.descriptionMissing", "incident.error.descriptionLength" -> "description";
            case "incident.error.placeTextLength", "incident.error.locationMissing" -> "placeText";
            case "incident.error.noCategory", "incident.error.unknownCategory", "incident.error.retiredCategory" ->
                    "categoryIds";
            default -> "";
        };
    }

    private String render(WorkspaceId workspaceId, ReportView report, ReportRevisionForm form, Model model) {
        model.addAttribute("workspace", organisations.findWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("common.error.notFound")));
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        var onReport = report.categories().stream().map(ReportView.ReportCategory::id).toList();
        model.addAttribute("categories", categories.list(workspaceId, true).stream()
                .filter(c -> !c.retired() || onReport.contains(c.id())).toList());
        if (!model.containsAttribute("errorFields")) {
            model.addAttribute("errorFields", List.of());
        }
        return "incident/revise";
    }
}
