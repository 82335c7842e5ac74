package se.samsyn.access.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samsyn.access.AccessSettings;

@Controller
class LoginController {

    private final AccessSettings settings;

    LoginController(AccessSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    String login(Model model, HttpSession session) {
        Object last = session.getAttribute("SAMSYN_LAST_USERNAME");
        model.addAttribute("lastUsername", last == null ? "" : last);
        model.addAttribute("oidcEnabled", settings.oidc() != null && settings.oidc().enabled());
        model.addAttribute("oidcName", settings.oidc() == null ? "" : settings.oidc().displayName());
        return "access/login";
    }
}
