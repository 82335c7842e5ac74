package se.samsyn.agreement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import se.samsyn.agreement.NewRecipient;
import se.samsyn.agreement.ReferralReply;
import se.samsyn.agreement.ReferralRoundId;
import se.samsyn.agreement.ReplyPosition;
import se.samsyn.agreement.domain.ReferralService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Referral: send a version out, record replies, remind, compile (replies grouped by position) and close. */
@Controller
class ReferralController {

    private static final String ROUND = "/workspaces/{workspaceId}/referral/{referralRoundId}";

    private final ReferralService referral;
    private final AgreementDetailPage agreementPage;
    private final OrganisationApi organisations;

    ReferralController(ReferralService referral, AgreementDetailPage agreementPage, OrganisationApi organisations) {
        this.referral = referral;
        this.agreementPage = agreementPage;
        this.organisations = organisations;
    }

    /** Recipients come one per line: "Socialnämnden; registrator@kommun.se" (the address is optional). */
    @PostMapping("/workspaces/{workspaceId}/agreements/{agreementId}/referral")
    String start(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sentOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        try {
            var id = referral.start(workspaceId, agreementId, params.get("title"), sentOn, deadline,
                    recipients(params.get("recipients")));
            redirect.addFlashAttribute("flash", "agreement.referral.flash.started");
            return "redirect:/workspaces/" + workspaceId + "/referral/" + id;
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, "referral");
            model.addAttribute("last", params);
            return agreementPage.render(workspaceId, agreementId, null, actor, model);
        }
    }

    @GetMapping(ROUND)
    String round(@PathVariable WorkspaceId workspaceId, @PathVariable ReferralRoundId referralRoundId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return page(workspaceId, referralRoundId, actor, model);
    }

    @PostMapping(ROUND + "/recipients")
    String addRecipient(@PathVariable WorkspaceId workspaceId, @PathVariable ReferralRoundId referralRoundId,
            @RequestParam(required = false) @Nullable UUID organisation, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return run(workspaceId, referralRoundId, "recipient", params, model, redirect, () -> referral.addRecipient(workspaceId,
                referralRoundId, new NewRecipient(params.get("name"),
                        organisation == null ? null : new se.samsyn.organisation.OrganisationId(organisation),
                        params.get("email"))));
    }

    @PostMapping(value = ROUND + "/replies", consumes = "multipart/form-data")
    String reply(@PathVariable WorkspaceId workspaceId, @PathVariable ReferralRoundId referralRoundId,
            @RequestParam UUID recipient, @RequestParam(required = false) @Nullable ReplyPosition position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
            @RequestParam(required = false) @Nullable MultipartFile file, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        var reply = new ReferralReply(position, receivedOn, params.get("reference"), params.get("text"),
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                AgreementContentController.bytes(file));
        return run(workspaceId, referralRoundId, "reply-" + recipient, params, model, redirect,
                () -> referral.reply(workspaceId, referralRoundId, recipient, reply));
    }

    @PostMapping(ROUND + "/changes")
    String noteChange(@PathVariable WorkspaceId workspaceId, @PathVariable ReferralRoundId referralRoundId,
            @RequestParam UUID recipient, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return run(workspaceId, referralRoundId, "change-" + recipient, params, model, redirect,
                () -> referral.noteChange(workspaceId, referralRoundId, recipient, params.get("change")));
    }

    @PostMapping(ROUND + "/remind")
    String remind(@PathVariable WorkspaceId workspaceId, @PathVariable ReferralRoundId referralRoundId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, referralRoundId, "remind", params, model, redirect,
                () -> referral.remind(workspaceId, referralRoundId));
    }

    @PostMapping(ROUND + "/close")
    String close(@PathVariable WorkspaceId workspaceId, @PathVariable ReferralRoundId referralRoundId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, referralRoundId, "close", params, model, redirect,
                () -> referral.close(workspaceId, referralRoundId, params.get("compilation")));
    }

    @GetMapping(ROUND + "/replies/{recipientId}")
    ResponseEntity<byte[]> replyFile(@PathVariable WorkspaceId workspaceId, @PathVariable ReferralRoundId referralRoundId,
            @PathVariable UUID recipientId) {
        Actors.current().require(workspaceId);
        return Downloads.of(referral.replyFile(workspaceId, referralRoundId, recipientId));
    }

    private String run(WorkspaceId workspaceId, ReferralRoundId id, String form, Map<String, String> params, Model model,
            RedirectAttributes redirect, Runnable change) {
        Actor actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        try {
            change.run();
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, form);
            model.addAttribute("last", params);
            return page(workspaceId, id, actor, model);
        }
        redirect.addFlashAttribute("flash", form.equals("remind") ? "agreement.referral.flash.reminded" : "agreement.flash.saved");
        return "redirect:/workspaces/" + workspaceId + "/referral/" + id;
    }

    private String page(WorkspaceId workspaceId, ReferralRoundId id, Actor actor, Model model) {
        model.addAttribute("workspace", AgreementPages.workspace(organisations, workspaceId));
        model.addAttribute("round", referral.get(workspaceId, id));
        model.addAttribute("positions", ReplyPosition.values());
        var orgs = referral.recipientOrganisations(workspaceId);
        model.addAttribute("organisations", orgs);
        model.addAttribute("organisationNames", orgs.stream().collect(java.util.stream.Collectors.toMap(
                o -> o.id().value(), o -> o.name(), (x, y) -> x)));
        model.addAttribute("today", AgreementPages.today());
        model.addAttribute("canEdit", actor.hasAnyRole(workspaceId, AgreementRoles.EDITORS));
        if (!model.containsAttribute("last")) {
            model.addAttribute("last", Map.of());
        }
        return "agreement/referral";
    }

    static List<NewRecipient> recipients(@Nullable String lines) {
        List<NewRecipient> result = new ArrayList<>();
        if (lines == null) {
            return result;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            result.add(new NewRecipient(parts[0].strip(), null, parts.length > 1 ? parts[1].strip() : null));
        }
        return result;
    }
}
