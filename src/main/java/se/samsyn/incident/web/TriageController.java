package se.samsyn.incident.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.DuplicateSettings;
import se.samsyn.incident.domain.IncidentRoles;
import se.samsyn.incident.domain.NilReturnService;
import se.samsyn.incident.domain.ReportCsv;
import se.samsyn.incident.domain.ReportXlsx;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.ReportView;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/** The coordinator's side: the triage queue, a report's detail with its history, and every triage action. */
@Controller
class TriageController {

    private final ReportService reports;
    private final CategoryService categories;
    private final NilReturnService nilReturns;
    private final GeoApi geo;
    private final OrganisationApi organisations;
    private final org.springframework.context.MessageSource messages;

    TriageController(ReportService reports, CategoryService categories, NilReturnService nilReturns, GeoApi geo,
            OrganisationApi organisations, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.reports = reports;
        this.categories = categories;
        this.nilReturns = nilReturns;
        this.geo = geo;
        this.organisations = organisations;
    }

    @GetMapping("/workspaces/{workspaceId}/reports")
    String queue(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable ReportStatus status,
            @RequestParam(required = false) @Nullable UUID category, @RequestParam(required = false) @Nullable UUID area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        if (!actor.hasAnyRole(workspaceId, IncidentRoles.VIEWERS)) {
            actor.require(workspaceId, IncidentRoles.REPORTERS);
            return "redirect:/workspaces/" + workspaceId + "/reports/mine";
        }
        var filter = new ReportFilter(status, category, area, from, to, null, Math.max(page, 0), 25);
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("reports", reports.list(workspaceId, filter, actor));
        model.addAttribute("districts", districtNames(workspaceId, actor));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("categories", categories.list(workspaceId, true));
        model.addAttribute("areas", geo.areas(workspaceId, null));
        var week = NilReturnService.IsoWeek.current();
        model.addAttribute("week", week);
        model.addAttribute("nilReturns", nilReturns.count(workspaceId, week));
        model.addAttribute("settings", reports.settings(workspaceId));
        model.addAttribute("citizenChannel", reports.citizenChannel(workspaceId));
        model.addAttribute("canTriage", actor.hasAnyRole(workspaceId, IncidentRoles.TRIAGE));
        model.addAttribute("canReport", actor.hasAnyRole(workspaceId, IncidentRoles.REPORTERS));
        model.addAttribute("canEditCategories", actor.hasAnyRole(workspaceId, IncidentRoles.CATEGORY_EDITORS));
        return "incident/queue";
    }

    @GetMapping(value = "/workspaces/{workspaceId}/reports/export.csv")
    ResponseEntity<byte[]> export(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable ReportStatus status,
            @RequestParam(required = false) @Nullable UUID category, @RequestParam(required = false) @Nullable UUID area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.VIEWERS);
        var rows = reports.export(workspaceId, new ReportFilter(status, category, area, from, to, null, 0, 1000), actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rapporter.csv").build().toString())
                .body(ReportCsv.write(rows));
    }

    @GetMapping(value = "/workspaces/{workspaceId}/reports/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable ReportStatus status,
            @RequestParam(required = false) @Nullable UUID category, @RequestParam(required = false) @Nullable UUID area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            java.util.Locale locale) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.VIEWERS);
        var rows = reports.export(workspaceId, new ReportFilter(status, category, area, from, to, null, 0, 1000), actor);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rapporter.xlsx").build().toString())
                .body(ReportXlsx.write(rows, messages.getMessage("incident.export.allSheet", null, "Alla", locale)));
    }

    @GetMapping("/workspaces/{workspaceId}/reports/{reportId}")
    String detail(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId);
        return render(workspaceId, reports.read(workspaceId, reportId, actor), actor, model);
    }

    @GetMapping("/workspaces/{workspaceId}/reports/{reportId}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId,
            @PathVariable UUID photoId) {
        var actor = Actors.current();
        actor.require(workspaceId);
        var photo = reports.photo(workspaceId, reportId, photoId, actor);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(photo.data());
    }

    @PostMapping("/workspaces/{workspaceId}/reports/{reportId}/status")
    String status(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId, @RequestParam ReportStatus status,
            @RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable Long version,
            Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.TRIAGE);
        return act(workspaceId, reportId, actor, model, redirect, "incident.status.done",
                () -> reports.changeStatus(workspaceId, reportId, status, note, version, actor));
    }

    @PostMapping("/workspaces/{workspaceId}/reports/{reportId}/categories")
    String reclassify(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId,
            @RequestParam(name = "categoryIds", required = false) @Nullable List<UUID> categoryIds,
            @RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.TRIAGE);
        return act(workspaceId, reportId, actor, model, redirect, "incident.reclassify.done",
                () -> reports.reclassify(workspaceId, reportId, categoryIds == null ? List.of() : categoryIds, note, actor));
    }

    @PostMapping("/workspaces/{workspaceId}/reports/{reportId}/redact")
    String redact(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.TRIAGE);
        model.addAttribute("redactText", text);
        model.addAttribute("redactReason", reason);
        return act(workspaceId, reportId, actor, model, redirect, "incident.redact.done",
                () -> reports.redact(workspaceId, reportId, text, reason, actor));
    }

    @PostMapping("/workspaces/{workspaceId}/reports/{reportId}/original")
    String original(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId,
            @RequestParam(required = false) @Nullable String reason, Model model) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.ORIGINAL_READERS);
        model.addAttribute("original", reports.showOriginal(workspaceId, reportId, reason, actor));
        return render(workspaceId, reports.read(workspaceId, reportId, actor), actor, model);
    }

    @PostMapping("/workspaces/{workspaceId}/reports/{reportId}/link")
    String link(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId, @RequestParam UUID other,
            Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.TRIAGE);
        return act(workspaceId, reportId, actor, model, redirect, "incident.link.done",
                () -> reports.link(workspaceId, reportId, other, actor));
    }

    @PostMapping("/workspaces/{workspaceId}/reports/{reportId}/feedback")
    String feedback(@PathVariable WorkspaceId workspaceId, @PathVariable UUID reportId,
            @RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
        var actor = Actors.current();
        actor.require(workspaceId, IncidentRoles.TRIAGE);
        model.addAttribute("feedbackText", text);
        return act(workspaceId, reportId, actor, model, redirect, "incident.feedback.done",
                () -> reports.giveFeedback(workspaceId, reportId, text, actor));
    }

    @PostMapping("/workspaces/{workspaceId}/reports/settings")
    String settings(@PathVariable WorkspaceId workspaceId, @RequestParam int radiusMetres, @RequestParam int days,
            RedirectAttributes redirect) {
        Actors.current().require(workspaceId, IncidentRoles.CATEGORY_EDITORS);
        reports.saveSettings(workspaceId, new DuplicateSettings(radiusMetres, days));
        redirect.addFlashAttribute("flash", "incident.settings.done");
        return "redirect:/workspaces/" + workspaceId + "/reports";
    }

    private String act(WorkspaceId workspaceId, UUID reportId, Actor actor, Model model, RedirectAttributes redirect,
            String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", doneKey);
            return "redirect:/workspaces/" + workspaceId + "/reports/" + reportId;
        } catch (RuleViolationException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return render(workspaceId, reports.read(workspaceId, reportId, actor), actor, model);
        }
    }

    private String render(WorkspaceId workspaceId, ReportView report, Actor actor, Model model) {
        boolean triage = actor.hasAnyRole(workspaceId, IncidentRoles.TRIAGE);
        model.addAttribute("workspace", workspace(workspaceId));
        model.addAttribute("report", report);
        model.addAttribute("areas", report.areaIds().stream().map(id -> geo.area(new AreaId(id)).orElse(null))
                .filter(Objects::nonNull).toList());
        model.addAttribute("history", reports.history(report.id()));
        model.addAttribute("feedbackList", reports.feedback(List.of(report.id())));
        model.addAttribute("photoIds", reports.photoIds(report.id()));
        model.addAttribute("canTriage", triage);
        model.addAttribute("canRevise", report.reporterId().equals(actor.userId()) && report.status().reporterMayRevise()
                && report.redactionReason() == null);
        model.addAttribute("canSeeOriginal", actor.hasAnyRole(workspaceId, IncidentRoles.ORIGINAL_READERS)
                && report.personalDataFound());
        if (triage) {
            model.addAttribute("nextStatuses", report.status().next().stream().filter(s -> s != ReportStatus.REDACTED).toList());
            model.addAttribute("canRedact", report.status() == ReportStatus.REDACTED
                    || report.status().canBecome(ReportStatus.REDACTED));
            model.addAttribute("categories", categories.list(workspaceId, false));
            model.addAttribute("duplicates", reports.duplicates(workspaceId, report, actor));
            model.addAttribute("sameProblem", reports.sameProblem(workspaceId, report, actor));
        }
        return "incident/detail";
    }

    /** The names of the districts a scoped user's view is limited to; empty when the user sees the whole workspace. */
    private List<String> districtNames(WorkspaceId workspaceId, Actor actor) {
        var scope = reports.scope(workspaceId, actor);
        if (scope.areaIds() == null) {
            return List.of();
        }
        return scope.areaIds().stream().map(id -> geo.area(new AreaId(id)).map(a -> a.name()).orElse("?")).sorted().toList();
    }

    private WorkspaceSummary workspace(WorkspaceId id) {
        return organisations.findWorkspace(id).orElseThrow(() -> new NotFoundException("common.error.notFound"));
    }
}
