package se.samsyn.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actors;

/** The start page: straight into the only workspace, or a choice between several. */
@Controller
class HomeController {

    private final OrganisationApi organisations;

    HomeController(OrganisationApi organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/")
    String home(Model model) {
        var actor = Actors.current();
        List<WorkspaceSummary> visible = organisations.workspaces().stream().filter(w -> actor.canSee(w.id())).toList();
        if (visible.size() == 1) {
            return "redirect:/workspaces/" + visible.get(0).id();
        }
        model.addAttribute("workspaces", visible);
        return "web/home";
    }
}
