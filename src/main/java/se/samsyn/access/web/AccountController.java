package se.samsyn.access.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.access.UserId;
import se.samsyn.access.domain.ApiTokenService;
import se.samsyn.access.domain.UserService;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;

/** Mitt konto: the logged-in user's password and personal API tokens. */
@Controller
class AccountController {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final UserService users;
    private final ApiTokenService tokens;

    AccountController(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Model model) {
        return page(me(), model);
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, Model model, RedirectAttributes redirect) {
        var me = me();
        if (!users.passwordMatches(me, currentPassword)) {
            FormError.of("currentPassword", "access.error.currentPasswordWrong").addTo(model);
            return page(me, model);
        }
        try {
            users.changePassword(me, newPassword);
        } catch (RuleViolationException e) {
            new FormError("newPassword", e.messageKey(), e.arguments()).addTo(model);
            return page(me, model);
        }
        redirect.addFlashAttribute("flash", "access.account.passwordChanged");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(defaultValue = "") String tokenName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
            Model model) {
        var me = me();
        try {
            // valid through the whole chosen day, Swedish time
            var expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(SWEDEN).toInstant();
            var issued = tokens.issue(me, tokenName, expiresAt);
            model.addAttribute("issuedToken", issued.token());
            model.addAttribute("issuedName", tokenName.strip());
        } catch (RuleViolationException e) {
            FormError.of(e).addTo(model);
            model.addAttribute("tokenName", tokenName);
            model.addAttribute("expiresOn", expiresOn);
        }
        return page(me, model);
    }

    @PostMapping("/account/tokens/revoke")
    String revokeToken(@RequestParam(defaultValue = "") String tokenId, RedirectAttributes redirect) {
        tokens.revoke(me(), parse(tokenId));
        redirect.addFlashAttribute("flash", "access.account.tokenRevoked");
        return "redirect:/account";
    }

    private String page(UserId me, Model model) {
        var user = users.find(me).orElseThrow(() -> new NotFoundException("access.error.userNotFound"));
        model.addAttribute("me", user);
        model.addAttribute("hasPassword", users.principal(me).map(p -> p.getPassword() != null).orElse(false));
        model.addAttribute("tokens", tokens.tokensOf(me));
        model.addAttribute("zone", SWEDEN);
        if (!model.containsAttribute("tokenName")) {
            model.addAttribute("tokenName", "");
        }
        return "access/account";
    }

    private static UserId me() {
        return new UserId(Actors.current().userId());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("access.error.tokenNotFound");
        }
    }
}
