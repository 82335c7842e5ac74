package se.samsyn.agreement.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.ui.Model;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Small helpers the module's page controllers share. */
final class AgreementPages {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private AgreementPages() {}

    static LocalDate today() {
        return LocalDate.now(STOCKHOLM);
    }

    static WorkspaceSummary workspace(OrganisationApi organisations, WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

    static void error(Model model, RuleViolationException e, String form) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
        model.addAttribute("errorForm", form);
    }

    static String base(WorkspaceId workspace) {
        return "/workspaces/" + workspace + "/agreements";
    }
}
