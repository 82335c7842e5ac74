package se.samsyn.incident.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.IncidentRoles;
import se.samsyn.incident.domain.NewObservation;
import se.samsyn.incident.domain.NewSubmission;
import se.samsyn.incident.domain.ObservationProblem;
import se.samsyn.incident.domain.PersonalDataWarning;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.organisation.WorkspaceSummary;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * Medborgarkanalen (off by default): anyone may mark an unsafe place without an account. Marks go to the triage queue
 * as ordinary reports; the public map shows only accepted citizen marks, at generalised locations, without text.
 */
@Controller
class CitizenController {

    /** The reporter id of every anonymous citizen mark; no user has it. */
    static final UUID ANONYMOUS = new UUID(0, 0);
    static final String CATEGORY = "OTRYGG_PLATS";
    /** About 200 m north–south: public points are snapped to this grid. */
    static final double GRID = 0.002;

    record PublicPlace(String type, String id, Geometry geometry, Properties properties) {}

    record Geometry(String type, double[] coordinates) {}

    record Properties(String name, String month) {}

    record Places(String type, List<PublicPlace> features) {}

    private final ReportService reports;
    private final CategoryService categories;
    private final OrganisationApi organisations;

    CitizenController(ReportService reports, CategoryService categories, OrganisationApi organisations) {
        this.reports = reports;
        this.categories = categories;
        this.organisations = organisations;
    }

    @GetMapping("/public/workspaces/{workspaceId}/unsafe-places")
    String page(@PathVariable WorkspaceId workspaceId, Model model) {
        model.addAttribute("workspace", open(workspaceId));
        model.addAttribute("publicWorkspace", true);
        model.addAttribute("submissionKey", UUID.randomUUID().toString());
        return "incident/citizen";
    }

    @PostMapping("/public/workspaces/{workspaceId}/unsafe-places")
    String submit(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lon, @RequestParam(required = false) @Nullable String placeText,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String website,
            @RequestParam(defaultValue = "false") boolean confirmPersonalData,
            @RequestParam(defaultValue = "") String submissionKey, Model model, RedirectAttributes redirect) {
        var workspace = open(workspaceId);
        if (website != null && !website.isBlank()) {
            redirect.addFlashAttribute("flash", "incident.citizen.thanks");
            return "redirect:/public/workspaces/" + workspaceId + "/unsafe-places";
        }
        var category = categories.list(workspaceId, false).stream().filter(c -> c.code().equals(CATEGORY)).findFirst()
                .orElseThrow(() -> new NotFoundException("common.error.notFound"));
        var observation = new NewObservation(lat, lon, placeText, PlaceType.OUTDOOR_PUBLIC, LocalDate.now(),
                null, TimeAccuracy.DAY, null, List.of(category.id()), description, Assessment.INSECURITY_CREATING, null,
                null, PoliceNotified.UNKNOWN, Set.of(), List.of());
        String key = submissionKey.isBlank() ? UUID.randomUUID().toString() : submissionKey;
        try {
            reports.submit(workspaceId, anonymous(), new NewSubmission(key, "PUBLIC_ESERVICE", List.of(observation),
                    confirmPersonalData));
        } catch (PersonalDataWarning | ObservationProblem e) {
            model.addAttribute("workspace", workspace);
            model.addAttribute("publicWorkspace", true);
            model.addAttribute("errorKey", e instanceof PersonalDataWarning ? "incident.citizen.personalData" : e.messageKey());
            model.addAttribute("errorArgs", ((RuleViolationException) e).arguments());
            model.addAttribute("personalDataWarned", e instanceof PersonalDataWarning);
            model.addAttribute("lat", lat);
            model.addAttribute("lon", lon);
            model.addAttribute("placeText", placeText);
            model.addAttribute("description", description);
            model.addAttribute("submissionKey", key);
            return "incident/citizen";
        }
        redirect.addFlashAttribute("flash", "incident.citizen.thanks");
        return "redirect:/public/workspaces/" + workspaceId + "/unsafe-places";
    }

    @GetMapping(value = "/public/workspaces/{workspaceId}/unsafe-places.geojson",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Places> places(@PathVariable WorkspaceId workspaceId) {
        open(workspaceId);
        var features = reports.publicPlaces(workspaceId).stream()
                .map(r -> new PublicPlace("Feature", r.reference(),
                        new Geometry("Point", new double[] {snap(r.lon()), snap(r.lat())}),
                        new Properties(String.join(", ", r.categoryNames()),
                                r.submittedAt().atZone(se.samsyn.incident.domain.Occurrence.ZONE).toLocalDate().toString().substring(0, 7))))
                .toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(new Places("FeatureCollection", features));
    }

    @PostMapping("/workspaces/{workspaceId}/reports/citizen-channel")
    String toggle(@PathVariable WorkspaceId workspaceId, @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        Actors.current().require(workspaceId, IncidentRoles.CATEGORY_EDITORS);
        reports.setCitizenChannel(workspaceId, enabled);
        redirect.addFlashAttribute("flash", enabled ? "incident.citizen.enabled" : "incident.citizen.disabled");
        return "redirect:/workspaces/" + workspaceId + "/reports";
    }

    static double snap(@Nullable Double value) {
        return value == null ? 0 : Math.round(Math.round(value / GRID) * GRID * 1000.0) / 1000.0;
    }

    private WorkspaceSummary open(WorkspaceId workspaceId) {
        var workspace = organisations.findWorkspace(workspaceId).orElseThrow(() -> new NotFoundException("common.error.notFound"));
        if (!reports.citizenChannel(workspaceId)) {
            throw new NotFoundException("common.error.notFound");
        }
        return workspace;
    }

    private static Actor anonymous() {
        return new Actor(ANONYMOUS, "anonym@medborgare.invalid", "Allmänheten", false, List.of());
    }
}
