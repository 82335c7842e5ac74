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
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.domain.SurveyService;
import se.samsyn.statistics.domain.StatisticsRoles;

/** Trygghetsmätningar: survey rounds with field period, sample, response rate and cost shares. */
@Controller
class SurveyController {

    private final SurveyService surveys;
    private final OrganisationApi organisations;

    SurveyController(SurveyService surveys, OrganisationApi organisations) {
        this.surveys = surveys;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/statistics/surveys")
    String rounds(@PathVariable WorkspaceId workspaceId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        model.addAttribute("workspace", StatisticsController.workspace(organisations, workspaceId));
        model.addAttribute("rounds", surveys.rounds(workspaceId));
        model.addAttribute("canEdit", actor.hasAnyRole(workspaceId, StatisticsRoles.EDITORS));
        return "statistics/surveys";
    }

    @PostMapping("/workspaces/{workspaceId}/statistics/surveys/rounds/{roundId}")
    String update(@PathVariable WorkspaceId workspaceId, @PathVariable UUID roundId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate fieldStart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate fieldEnd,
            @RequestParam(required = false) @Nullable Integer sample, @RequestParam(required = false) @Nullable Integer responses,
            @RequestParam(required = false) @Nullable Double responseRate, @RequestParam(required = false) @Nullable String party,
            @RequestParam(required = false) @Nullable Double share, RedirectAttributes redirect) {
        Actors.current().require(workspaceId, StatisticsRoles.EDITORS);
        surveys.updateRound(workspaceId, roundId, fieldStart, fieldEnd, sample, responses, responseRate, party, share);
        redirect.addFlashAttribute("flash", "statistics.survey.saved");
        return "redirect:/workspaces/" + workspaceId + "/statistics/surveys";
    }
}
