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
import se.samsyn.agreement.RemissReply;
import se.samsyn.agreement.RemissRoundId;
import se.samsyn.agreement.ReplyPosition;
import se.samsyn.agreement.domain.RemissService;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** Remiss: send a version out, record replies, remind, compile (replies grouped by position) and close. */
@Controller
class RemissController {

    private static final String ROUND = "/workspaces/{workspaceId}/remiss/{remissRoundId}";

    private final RemissService remiss;
    private final AgreementDetailPage agreementPage;
    private final OrganisationApi organisations;

    RemissController(RemissService remiss, AgreementDetailPage agreementPage, OrganisationApi organisations) {
        this.remiss = remiss;
        this.agreementPage = agreementPage;
        this.organisations = organisations;
    }

    /** Recipients come one per line: "Socialnämnden; registrator@kommun.se" (the address is optional). */
    @PostMapping("/workspaces/{workspaceId}/agreements/{agreementId}/remiss")
    String start(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sentOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        actor.require(workspaceId, AgreementRoles.EDITORS);
        try {
            var id = remiss.start(workspaceId, agreementId, params.get("title"), sentOn, deadline,
                    recipients(params.get("recipients")));
            redirect.addFlashAttribute("flash", "agreement.remiss.flash.started");
            return "redirect:/workspaces/" + workspaceId + "/remiss/" + id;
        } catch (RuleViolationException e) {
            AgreementPages.error(model, e, "remiss");
            model.addAttribute("last", params);
            return agreementPage.render(workspaceId, agreementId, null, actor, model);
        }
    }

    @GetMapping(ROUND)
    String round(@PathVariable WorkspaceId workspaceId, @PathVariable RemissRoundId remissRoundId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return page(workspaceId, remissRoundId, actor, model);
    }

    @PostMapping(ROUND + "/recipients")
    String addRecipient(@PathVariable WorkspaceId workspaceId, @PathVariable RemissRoundId remissRoundId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, remissRoundId, "recipient", params, model, redirect, () -> remiss.addRecipient(workspaceId,
                remissRoundId, new NewRecipient(params.get("name"), null, params.get("email"))));
    }

    @PostMapping(value = ROUND + "/replies", consumes = "multipart/form-data")
    String reply(@PathVariable WorkspaceId workspaceId, @PathVariable RemissRoundId remissRoundId,
            @RequestParam UUID recipient, @RequestParam(required = false) @Nullable ReplyPosition position,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn,
            @RequestParam(required = false) @Nullable MultipartFile file, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        var reply = new RemissReply(position, receivedOn, params.get("reference"), params.get("text"),
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                AgreementContentController.bytes(file));
        return run(workspaceId, remissRoundId, "reply-" + recipient, params, model, redirect,
                () -> remiss.reply(workspaceId, remissRoundId, recipient, reply));
    }

    @PostMapping(ROUND + "/changes")
    String noteChange(@PathVariable WorkspaceId workspaceId, @PathVariable RemissRoundId remissRoundId,
            @RequestParam UUID recipient, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return run(workspaceId, remissRoundId, "change-" + recipient, params, model, redirect,
                () -> remiss.noteChange(workspaceId, remissRoundId, recipient, params.get("change")));
    }

    @PostMapping(ROUND + "/remind")
    String remind(@PathVariable WorkspaceId workspaceId, @PathVariable RemissRoundId remissRoundId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, remissRoundId, "remind", params, model, redirect,
                () -> remiss.remind(workspaceId, remissRoundId));
    }

    @PostMapping(ROUND + "/close")
    String close(@PathVariable WorkspaceId workspaceId, @PathVariable RemissRoundId remissRoundId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return run(workspaceId, remissRoundId, "close", params, model, redirect,
                () -> remiss.close(workspaceId, remissRoundId, params.get("compilation")));
    }

    @GetMapping(ROUND + "/replies/{recipientId}")
    ResponseEntity<byte[]> replyFile(@PathVariable WorkspaceId workspaceId, @PathVariable RemissRoundId remissRoundId,
            @PathVariable UUID recipientId) {
        Actors.current().require(workspaceId);
        return Downloads.of(remiss.replyFile(workspaceId, remissRoundId, recipientId));
    }

    private String run(WorkspaceId workspaceId, RemissRoundId id, String form, Map<String, String> params, Model model,
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
        redirect.addFlashAttribute("flash", form.equals("remind") ? "agreement.remiss.flash.reminded" : "agreement.flash.saved");
        return "redirect:/workspaces/" + workspaceId + "/remiss/" + id;
    }

    private String page(WorkspaceId workspaceId, RemissRoundId id, Actor actor, Model model) {
        model.addAttribute("workspace", AgreementPages.workspace(organisations, workspaceId));
        model.addAttribute("round", remiss.get(workspaceId, id));
        model.addAttribute("positions", ReplyPosition.values());
        model.addAttribute("today", AgreementPages.today());
        model.addAttribute("canEdit", actor.hasAnyRole(workspaceId, AgreementRoles.EDITORS));
        if (!model.containsAttribute("last")) {
            model.addAttribute("last", Map.of());
        }
        return "agreement/remiss";
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
