package se.samsyn.incident.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.incident.domain.AgeGroup;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.FeedbackView;
import se.samsyn.incident.domain.IncidentRoles;
import se.samsyn.incident.domain.NewSubmission;
import se.samsyn.incident.domain.NilReturnService;
import se.samsyn.incident.domain.ObservationProblem;
import se.samsyn.incident.domain.OtherParty;
import se.samsyn.incident.domain.PartOfDay;
import se.samsyn.incident.domain.PersonalDataWarning;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportRow;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** The reporter's side: the mobile-first report form, "inget att rapportera" and "Mina rapporter". */
@Controller
class ReportFormController {

    private final ReportService reports;
    private final CategoryService categories;
    private final NilReturnService nilReturns;
    private final OrganisationApi organisations;

    ReportFormController(ReportService reports, CategoryService categories, NilReturnService nilReturns,
            OrganisationApi organisations) {
        this.reports = reports;
        this.categories = categories;
        this.nilReturns = nilReturns;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/reports/new")
    String form(@PathVariable WorkspaceId workspaceId, Model model) {
        Actors.current().require(workspaceId, IncidentRoles.REPORTERS);
        return render(workspaceId, new ReportForm(), model);
    }

    @PostMapping("/workspaces/{workspaceId}/reports")
    String submit(@PathVariable WorkspaceId workspaceId, @ModelAttribute("form") ReportForm form, BindingResult binding,
            @RequestParam(required = false) @Nullable String addObservation,
            @RequestParam(required = false) @Nullable Integer removeObservation, Model model,
            RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.REPORTERS);
        if (addObservation != null) {
            form.getObservations().add(new ObservationForm());
            return render(workspaceId, form, model);
        }
        if (removeObservation != null && form.getObservations().size() > 1
                && removeObservation >= 0 && removeObservation < form.getObservations().size()) {
            form.getObservations().remove((int) removeObservation);
            return render(workspaceId, form, model);
        }
        if (binding.hasErrors()) {
            model.addAttribute("errorKey", "incident.error.format");
            model.addAttribute("errorArgs", new Object[0]);
            model.addAttribute("errorFields", binding.getFieldErrors().stream().map(f -> f.getField()).toList());
            return render(workspaceId, form, model);
        }
        var submission = new NewSubmission(form.getSubmissionKey(), "WEB_FORM",
                form.getObservations().stream().map(ObservationForm::toObservation).toList(), form.isConfirmPersonalData());
        try {
            var result = submitOnce(workspaceId, actor, submission);
            redirect.addFlashAttribute("flash", result.repeated() ? "incident.submit.repeated" : "incident.submit.done");
            redirect.addFlashAttribute("references", result.references());
            return "redirect:/workspaces/" + workspaceId + "/reports/mine";
        } catch (PersonalDataWarning warning) {
            photosLost(form, model);
            model.addAttribute("personalDataKinds", warning.kinds());
            form.setConfirmPersonalData(false);
            return render(workspaceId, form, model);
        } catch (ObservationProblem problem) {
            photosLost(form, model);
            model.addAttribute("errorKey", problem.messageKey());
            model.addAttribute("errorArgs", problem.arguments());
            model.addAttribute("errorFields", List.of("observations[" + problem.index() + "]." + problem.field()));
            return render(workspaceId, form, model);
        } catch (RuleViolationException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return render(workspaceId, form, model);
        }
    }

    /** Two sends racing past the key check meet the unique index; the loser returns the winner's result. */
    private se.samsyn.incident.domain.SubmissionResult submitOnce(WorkspaceId workspaceId, se.samsyn.shared.Actor actor,
            NewSubmission submission) {
        try {
            return reports.submit(workspaceId, actor, submission);
        } catch (DuplicateKeyException e) {
            var earlier = reports.submissionByKey(workspaceId, actor.userId(), submission.submissionKey().strip())
                    .orElseThrow(() -> e);
            return reports.repeated(workspaceId, earlier);
        }
    }

    @PostMapping("/workspaces/{workspaceId}/reports/nil-return")
    String nilReturn(@PathVariable WorkspaceId workspaceId, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.REPORTERS);
        var declared = nilReturns.declare(workspaceId, actor, NilReturnService.IsoWeek.current());
        redirect.addFlashAttribute("flash", declared.created() ? "incident.nil.done" : "incident.nil.already");
        return "redirect:/workspaces/" + workspaceId + "/reports/mine";
    }

    @GetMapping("/workspaces/{workspaceId}/reports/mine")
    String mine(@PathVariable WorkspaceId workspaceId, @RequestParam(defaultValue = "0") int page, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.REPORTERS);
        var list = reports.list(workspaceId, ReportFilter.mine(actor.userId(), page));
        Map<UUID, List<FeedbackView>> feedback = reports.feedback(list.rows().stream().map(ReportRow::id).toList())
                .stream().collect(Collectors.groupingBy(FeedbackView::reportId));
        var week = NilReturnService.IsoWeek.current();
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("reports", list);
        model.addAttribute("feedback", feedback);
        model.addAttribute("week", week);
        model.addAttribute("nilDeclared", nilReturns.declared(workspaceId, actor.userId(), week));
        return "incident/mine";
    }

    /** A browser cannot refill a file input, so the reporter is told to choose the photos again. */
    private static void photosLost(ReportForm form, Model model) {
        if (form.getObservations().stream().anyMatch(ObservationForm::hasPhotos)) {
            model.addAttribute("photosLost", true);
        }
    }

    private String render(WorkspaceId workspaceId, ReportForm form, Model model) {
        var all = categories.list(workspaceId, false);
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("form", form);
        model.addAttribute("categories", all);
        model.addAttribute("placeTypes", PlaceType.values());
        model.addAttribute("accuracies", TimeAccuracy.values());
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("assessments", Assessment.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        model.addAttribute("policeOptions", PoliceNotified.values());
        model.addAttribute("otherParties", OtherParty.values());
        if (!model.containsAttribute("errorFields")) {
            model.addAttribute("errorFields", List.of());
        }
        return "incident/form";
    }

    private WorkspaceSummary workspace(WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

}
