package se.samsyn.situation.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import jakarta.servlet.http.HttpServletResponse;
import se.samsyn.agreement.AgreementApi;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actors;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.HtmlPdf;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.SituationPeriod;
import se.samsyn.situation.SituationPicture;
import se.samsyn.situation.domain.DocumentSource;
import se.samsyn.situation.domain.DocumentStatus;
import se.samsyn.situation.domain.DocumentType;
import se.samsyn.situation.domain.SituationDocument;
import se.samsyn.situation.domain.SituationDocuments;
import se.samsyn.situation.domain.SituationRoles;
import se.samsyn.situation.domain.SituationService;

/**
 * Lägesbild documents: the list with the statutory clock, creation from the dashboard's filter, writing, the workflow
 * (review, approval by a governance body, publication), version history, the PDF and the public summary.
 */
@Controller
class SituationDocumentController {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String BASE = "/workspaces/{workspaceId}/situation/documents";

    private final SituationDocuments documents;
    private final SituationService situation;
    private final OrganisationApi organisations;
    private final AgreementApi agreements;
    private final TemplateEngine templates;

    SituationDocumentController(SituationDocuments documents, SituationService situation, OrganisationApi organisations,
            AgreementApi agreements, TemplateEngine templates) {
        this.documents = documents;
        this.situation = situation;
        this.organisations = organisations;
        this.agreements = agreements;
        this.templates = templates;
    }

    @GetMapping(BASE)
    String list(@PathVariable WorkspaceId workspaceId,
            @RequestParam(required = false) SituationPeriod.@Nullable Kind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable List<UUID> area,
            @RequestParam(required = false) @Nullable List<String> category, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId, SituationRoles.VIEWERS);
        common(workspaceId, model);
        model.addAttribute("documents", documents.list(workspaceId));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("mayWrite", actor.hasAnyRole(workspaceId, SituationRoles.WRITERS));
        try {
            model.addAttribute("scope", situation.scope(workspaceId, period, date, from, to, area, category));
        } catch (RuleViolationException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
        }
        model.addAttribute("areaNames", situation.dashboardAreas(workspaceId));
        return "situation/documents";
    }

    @PostMapping(BASE)
    String create(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) SituationPeriod.@Nullable Kind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable List<UUID> area,
            @RequestParam(required = false) @Nullable List<String> category) {
        var actor = Actors.current();
        actor.require(workspaceId, SituationRoles.WRITERS);
        var districts = SituationRoles.districts(actor, workspaceId);
        SituationPeriod.Kind kind = period == null ? SituationPeriod.Kind.CUSTOM : period;
        // The period is stored as chosen: its first day anchors it, a custom period needs both days.
        var scope = kind == SituationPeriod.Kind.CUSTOM
                ? situation.scope(workspaceId, districts, kind, null, from, to, area, category)
                : situation.scope(workspaceId, districts, kind, from, null, null, area, category);
        UUID id = documents.create(scope, type, title, actor.userId());
        return "redirect:/workspaces/" + workspaceId + "/situation/documents/" + id;
    }

    @GetMapping(BASE + "/{documentId}")
    String show(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId, Model model) {
        Actors.current().require(workspaceId, SituationRoles.VIEWERS);
        var doc = documents.get(workspaceId, documentId);
        page(workspaceId, doc, model);
        model.addAttribute("text", new SituationDocument.Text(doc.title(), doc.mapping(), doc.otherInfo(), doc.analysis(),
                doc.conclusions(), withBlankRow(doc.sources())));
        model.addAttribute("lockVersion", doc.lockVersion());
        return "situation/document";
    }

    @PostMapping(BASE + "/{documentId}")
    String edit(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId, @RequestParam int lockVersion,
            @RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String mapping,
            @RequestParam(required = false) @Nullable String otherInfo,
            @RequestParam(required = false) @Nullable String analysis,
            @RequestParam(required = false) @Nullable String conclusions,
            @RequestParam(required = false) @Nullable List<String> sourceName,
            @RequestParam(required = false) @Nullable List<String> sourceUsed,
            @RequestParam(required = false) @Nullable List<String> sourceLimitation, Model model,
            HttpServletResponse response) {
        Actors.current().require(workspaceId, SituationRoles.WRITERS);
        List<DocumentSource> sources = new ArrayList<>();
        int n = sourceName == null ? 0 : sourceName.size();
        for (int i = 0; i < n; i++) {
            sources.add(new DocumentSource(sourceName.get(i) == null ? "" : sourceName.get(i),
                    sourceUsed == null || i >= sourceUsed.size() || !"REJECTED".equals(sourceUsed.get(i)),
                    sourceLimitation == null || i >= sourceLimitation.size() ? null : sourceLimitation.get(i)));
        }
        var text = new SituationDocument.Text(title == null ? "" : title, mapping, otherInfo, analysis, conclusions, sources);
        try {
            documents.edit(workspaceId, documentId, lockVersion, text);
        } catch (ConflictException | RuleViolationException e) {
            // The input is kept: the page shows what this editor wrote, with the current version's lock and a message.
            var doc = documents.get(workspaceId, documentId);
            page(workspaceId, doc, model);
            model.addAttribute("text", new SituationDocument.Text(text.title(), mapping, otherInfo, analysis, conclusions,
                    withBlankRow(sources)));
            // After a conflict the form carries the current lock: saving again overwrites knowingly.
            model.addAttribute("lockVersion", doc.lockVersion());
            model.addAttribute("conflict", e instanceof ConflictException);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            response.setStatus(e instanceof ConflictException ? 409 : 422);
            return "situation/document";
        }
        return "redirect:/workspaces/" + workspaceId + "/situation/documents/" + documentId + "?saved";
    }

    @PostMapping(BASE + "/{documentId}/submit")
    String submit(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId, @RequestParam int lockVersion,
            Model model, HttpServletResponse response) {
        Actors.current().require(workspaceId, SituationRoles.WRITERS);
        return transition(workspaceId, documentId, model, response, () -> documents.submit(workspaceId, documentId, lockVersion));
    }

    @PostMapping(BASE + "/{documentId}/return")
    String returnToDraft(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId, @RequestParam int lockVersion,
            Model model, HttpServletResponse response) {
        Actors.current().require(workspaceId, SituationRoles.APPROVERS);
        return transition(workspaceId, documentId, model, response,
                () -> documents.returnToDraft(workspaceId, documentId, lockVersion));
    }

    @PostMapping(BASE + "/{documentId}/approve")
    String approve(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId, @RequestParam int lockVersion,
            @RequestParam(required = false) @Nullable UUID bodyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
            @RequestParam(required = false) @Nullable String paragraph, Model model, HttpServletResponse response) {
        var actor = Actors.current();
        actor.require(workspaceId, SituationRoles.APPROVERS);
        return transition(workspaceId, documentId, model, response, () -> documents.approve(workspaceId, documentId,
                lockVersion, bodyId, decidedOn, paragraph, actor.userId(), LocalDate.now(STOCKHOLM)));
    }

    @PostMapping(BASE + "/{documentId}/publish")
    String publish(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId, @RequestParam int lockVersion,
            Model model, HttpServletResponse response) {
        Actors.current().require(workspaceId, SituationRoles.APPROVERS);
        return transition(workspaceId, documentId, model, response,
                () -> documents.publish(workspaceId, documentId, lockVersion, LocalDate.now(STOCKHOLM)));
    }

    @PostMapping(BASE + "/{documentId}/regenerate")
    String regenerate(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId) {
        var actor = Actors.current();
        actor.require(workspaceId, SituationRoles.WRITERS);
        UUID next = documents.regenerate(workspaceId, documentId, actor.userId());
        return "redirect:/workspaces/" + workspaceId + "/situation/documents/" + next;
    }

    private String transition(WorkspaceId workspaceId, UUID documentId, Model model, HttpServletResponse response,
            Runnable action) {
        try {
            action.run();
        } catch (ConflictException | RuleViolationException e) {
            var doc = documents.get(workspaceId, documentId);
            page(workspaceId, doc, model);
            model.addAttribute("text", new SituationDocument.Text(doc.title(), doc.mapping(), doc.otherInfo(),
                    doc.analysis(), doc.conclusions(), withBlankRow(doc.sources())));
            model.addAttribute("lockVersion", doc.lockVersion());
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            response.setStatus(e instanceof ConflictException ? 409 : 422);
            return "situation/document";
        }
        return "redirect:/workspaces/" + workspaceId + "/situation/documents/" + documentId;
    }

    @GetMapping(BASE + "/{documentId}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId) {
        Actors.current().require(workspaceId, SituationRoles.VIEWERS);
        var doc = documents.get(workspaceId, documentId);
        var model = new java.util.HashMap<String, Object>();
        model.put("workspace", workspace(workspaceId));
        model.put("doc", doc);
        model.put("charts", charts(doc.picture(), false));
        return pdf(templates.process("situation/document-pdf", new Context(SWEDISH, model)), doc.title());
    }

    @GetMapping(BASE + "/{documentId}/public")
    String publicSummary(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId, Model model) {
        Actors.current().require(workspaceId, SituationRoles.VIEWERS);
        var doc = documents.get(workspaceId, documentId);
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("doc", doc);
        model.addAttribute("summary", PublicSummary.of(doc));
        model.addAttribute("charts", charts(doc.picture(), true));
        return "situation/public";
    }

    @GetMapping(BASE + "/{documentId}/public.pdf")
    ResponseEntity<byte[]> publicPdf(@PathVariable WorkspaceId workspaceId, @PathVariable UUID documentId) {
        Actors.current().require(workspaceId, SituationRoles.VIEWERS);
        var doc = documents.get(workspaceId, documentId);
        var model = new java.util.HashMap<String, Object>();
        model.put("workspace", workspace(workspaceId));
        model.put("doc", doc);
        model.put("summary", PublicSummary.of(doc));
        model.put("charts", charts(doc.picture(), true));
        return pdf(templates.process("situation/public-pdf", new Context(SWEDISH, model)), doc.title() + " – sammanfattning");
    }

    private static ResponseEntity<byte[]> pdf(String html, String title) {
        String name = title.replaceAll("[^\\p{L}\\p{N} –-]", "").strip() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(HtmlPdf.render(html));
    }

    /** The images: the timeline (suppressed buckets empty in the public summary) and, internally only, the hexagon map. */
    static java.util.Map<String, String> charts(SituationPicture picture, boolean publicSummary) {
        var result = new java.util.HashMap<String, String>();
        var timeline = picture.timeline();
        List<@Nullable Long> values = timeline.counts().stream()
                .map(c -> publicSummary && c > 0 && c < PublicSummary.SUPPRESS_BELOW ? null : c).toList();
        result.put("timeline", DocumentCharts.bars(timeline.labels(), values));
        if (!publicSummary && !picture.hotspots().hexagons().isEmpty()) {
            result.put("map", DocumentCharts.hexagons(picture.hotspots().hexagons()));
        }
        return result;
    }

    private void page(WorkspaceId workspaceId, SituationDocument doc, Model model) {
        var actor = Actors.current();
        common(workspaceId, model);
        model.addAttribute("doc", doc);
        model.addAttribute("versions", documents.versions(workspaceId, doc.seriesId()));
        model.addAttribute("bodies", agreements.bodies(workspaceId).stream().filter(b -> !b.retired()).toList());
        model.addAttribute("charts", charts(doc.picture(), false));
        model.addAttribute("mayWrite", actor.hasAnyRole(workspaceId, SituationRoles.WRITERS) && doc.status().editable());
        model.addAttribute("mayRegenerate", actor.hasAnyRole(workspaceId, SituationRoles.WRITERS));
        model.addAttribute("maySubmit", actor.hasAnyRole(workspaceId, SituationRoles.WRITERS)
                && doc.status() == DocumentStatus.DRAFT);
        model.addAttribute("mayApprove", actor.hasAnyRole(workspaceId, SituationRoles.APPROVERS)
                && doc.status() == DocumentStatus.REVIEW);
        model.addAttribute("mayPublish", actor.hasAnyRole(workspaceId, SituationRoles.APPROVERS)
                && doc.status() == DocumentStatus.APPROVED);
        model.addAttribute("today", LocalDate.now(STOCKHOLM));
    }

    private void common(WorkspaceId workspaceId, Model model) {
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("clock", documents.statutoryClock(workspaceId, LocalDate.now(STOCKHOLM)));
    }

    private se.samsyn.organisation.WorkspaceSummary workspace(WorkspaceId workspaceId) {
        return organisations.findWorkspace(workspaceId).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }

    private static List<DocumentSource> withBlankRow(List<DocumentSource> sources) {
        var rows = new ArrayList<>(sources);
        rows.add(new DocumentSource("", true, null));
        return rows;
    }
}
