package se.samsyn.agreement.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.AnnexKind;
import se.samsyn.agreement.Decision;
import se.samsyn.agreement.GovernanceBodyId;
import se.samsyn.agreement.NewAnnex;
import se.samsyn.agreement.NewSection;
import se.samsyn.agreement.NewSignatory;
import se.samsyn.agreement.NewSteeringDocument;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * The parts of an agreement edited on its page: focus areas and sections, annexes, steering documents, signatories,
 * and the status (adoption with its decision). A refused change re-shows the page with the message and the input.
 */
@Controller
class AgreementContentController {

    private static final String PATH = "/workspaces/{workspaceId}/agreements/{agreementId}";

    private final AgreementService agreements;
    private final AgreementDetailPage page;

    AgreementContentController(AgreementService agreements, AgreementDetailPage page) {
        this.agreements = agreements;
        this.page = page;
    }

    @PostMapping(PATH + "/sections")
    String addSection(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(defaultValue = "FOCUS_AREA") String kind, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        var section = new NewSection(params.get("title"), params.get("body"), params.get("goal"));
        return run(workspaceId, agreementId, "section-" + kind, params, model, redirect, () -> {
            if ("SECTION".equals(kind)) {
                agreements.addSection(workspaceId, agreementId, section);
            } else {
                agreements.addFocusArea(workspaceId, agreementId, section);
            }
        });
    }

    @PostMapping(value = PATH + "/annexes", consumes = "multipart/form-data")
    String addAnnex(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @Nullable AnnexKind annexKind, @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        byte[] data = bytes(file);
        var annex = new NewAnnex(annexKind, params.get("title"), params.get("body"),
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(), data);
        return run(workspaceId, agreementId, "annex", params, model, redirect,
                () -> agreements.addAnnex(workspaceId, agreementId, annex));
    }

    @GetMapping(PATH + "/annexes/{annexId}")
    ResponseEntity<byte[]> annex(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @PathVariable UUID annexId) {
        Actors.current().require(workspaceId);
        return Downloads.of(agreements.annexFile(workspaceId, agreementId, annexId));
    }

    @PostMapping(PATH + "/steering-documents")
    String addSteeringDocument(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var document = new NewSteeringDocument(params.get("title"), params.get("adoptedNote"), validFrom, validTo);
        return run(workspaceId, agreementId, "document", params, model, redirect,
                () -> agreements.addSteeringDocument(workspaceId, agreementId, document));
    }

    @PostMapping(PATH + "/signatories")
    String addSignatory(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @Nullable UUID organisation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var signatory = new NewSignatory(params.get("name"), params.get("function"),
                organisation == null ? null : new OrganisationId(organisation), params.get("place"), signedOn);
        return run(workspaceId, agreementId, "signatory", params, model, redirect,
                () -> agreements.addSignatory(workspaceId, agreementId, signatory));
    }

    @PostMapping(PATH + "/items/delete")
    String deleteItem(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam String type, @RequestParam UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return run(workspaceId, agreementId, "delete", params, model, redirect, () -> {
            switch (type) {
                case "section" -> agreements.removeSection(workspaceId, agreementId, id);
                case "annex" -> agreements.removeAnnex(workspaceId, agreementId, id);
                case "document" -> agreements.removeSteeringDocument(workspaceId, agreementId, id);
                case "signatory" -> agreements.removeSignatory(workspaceId, agreementId, id);
                default -> throw new RuleViolationException("agreement.error.unknownItem");
            }
        });
    }

    @PostMapping(PATH + "/status")
    String status(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @Nullable AgreementStatus target,
            @RequestParam(required = false) @Nullable UUID body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var decision = new Decision(body == null ? null : new GovernanceBodyId(body), decidedOn, params.get("reference"));
        var roles = target == AgreementStatus.ADOPTED ? AgreementRoles.DECIDERS : AgreementRoles.EDITORS;
        return run(workspaceId, agreementId, target == AgreementStatus.ADOPTED ? "adopt" : "status", params, model, redirect,
                roles, () -> agreements.transition(workspaceId, agreementId, target, decision));
    }

    private String run(WorkspaceId workspaceId, AgreementId agreementId, String form, Map<String, String> params, Model model,
            RedirectAttributes redirect, Runnable change) {
        return run(workspaceId, agreementId, form, params, model, redirect, AgreementRoles.EDITORS, change);
    }

    private String run(WorkspaceId workspaceId, AgreementId agreementId, String form, Map<String, String> params, Model model,
            RedirectAttributes redirect, se.samsyn.shared.Role[] roles, Runnable change) {
        Actor actor = Actors.current();
        actor.require(workspaceId, roles);
        try {
            change.run();
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, form);
            model.addAttribute("last", params);
            return page.render(workspaceId, agreementId, null, actor, model);
        }
        redirect.addFlashAttribute("flash", "agreement.flash.saved");
        return "redirect:" + AgreementPages.base(workspaceId) + "/" + agreementId + "#" + anchor(form);
    }

    private static String anchor(String form) {
        return switch (form) {
            case "section-FOCUS_AREA" -> "agreement-focus-areas";
            case "section-SECTION" -> "agreement-sections";
            case "annex" -> "agreement-annexes";
            case "document" -> "agreement-documents";
            case "signatory" -> "agreement-signatories";
            default -> "agreement-status";
        };
    }

    static byte @Nullable [] bytes(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
