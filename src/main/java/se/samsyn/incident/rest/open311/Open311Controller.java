package se.samsyn.incident.rest.open311;

import static se.samsyn.incident.rest.open311.Open311Document.fields;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samsyn.access.AccessApi;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.CategoryView;
import se.samsyn.incident.domain.IncidentRoles;
import se.samsyn.incident.domain.NewObservation;
import se.samsyn.incident.domain.NewSubmission;
import se.samsyn.incident.domain.Occurrence;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.ReportFilter;
import se.samsyn.incident.domain.ReportRow;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.SubmissionResult;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.incident.rest.open311.Open311Document.Items;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.shared.Actor;
import se.samsyn.shared.ForbiddenException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.SamsynException;
import se.samsyn.shared.WorkspaceId;

/**
 * Open311 GeoReport v2 (PEERS.md §6) so existing reporting apps can file EST reports. One endpoint serves every
 * workspace: {@code jurisdiction_id} is the kommunkod. Services are the active categories keyed by their national
 * code; reads are public, so they show masked text, locations on a ~200 m grid and only open/closed.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String CHANGESET = "2026-11-23T00:00:00Z";
    /** About 200 m north–south, the same grid as the citizen channel's public map. */
    static final double GRID = 0.002;
    static final int MAX_DAYS = 90;
    private static final Set<ReportStatus> CLOSED = Set.of(ReportStatus.CLOSED, ReportStatus.REJECTED, ReportStatus.DUPLICATE);
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ReportService reports;
    private final CategoryService categories;
    private final OrganisationApi organisations;
    private final AccessApi access;
    private final MessageSource messages;

    Open311Controller(ReportService reports, CategoryService categories, OrganisationApi organisations, AccessApi access,
            MessageSource messages) {
        this.reports = reports;
        this.categories = categories;
        this.organisations = organisations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        String base = request.getRequestURL().toString().replaceFirst("/discovery\\.[a-z]+$", "/");
        var endpoint = fields("specification", SPECIFICATION, "url", base, "changeset", CHANGESET, "type", "production",
                "formats", new Items("format", List.of("text/xml", "application/json")));
        var body = fields("changeset", CHANGESET, "contact", "Samordnaren i er kommun (se Samsyn)",
                "key_service", "Skapa en personlig API-nyckel (ssn_…) under Mitt konto i Samsyn; kontot behöver en rapportörsroll.",
                "endpoints", new Items("endpoint", List.of(endpoint)));
        return render(Format.of(format), "discovery", body, HttpStatus.OK);
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
        var f = Format.of(format);
        var workspace = workspace(jurisdiction);
        var active = categories.list(workspace, false);
        var services = active.stream().map(c -> fields("service_code", c.commonCode(), "service_name", c.name(),
                "description", c.description() == null ? "" : c.description(), "metadata", false, "type", "realtime",
                "keywords", c.code(), "group", group(c, active))).toList();
        return render(f, "services", new Items("service", services), HttpStatus.OK);
    }

    @GetMapping("/services/{file:.+}")
    ResponseEntity<String> definition(@PathVariable String file,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
        var name = Named.of(file);
        var workspace = workspace(jurisdiction);
        var category = service(workspace, name.id());
        var body = fields("service_code", category.commonCode(), "attributes", new Items("attribute", List.of()));
        return render(name.format(), "service_definition", body, HttpStatus.OK);
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> create(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
            @RequestParam(name = "api_key", required = false) @Nullable String apiKey,
            @RequestParam(name = "service_code", required = false) @Nullable String serviceCode,
            @RequestParam(name = "lat", required = false) @Nullable String lat,
            @RequestParam(name = "long", required = false) @Nullable String lon,
            @RequestParam(name = "address_string", required = false) @Nullable String address,
            @RequestParam(name = "description", required = false) @Nullable String description,
            @RequestParam(name = "requested_datetime", required = false) @Nullable String requested) {
        var f = Format.of(format);
        var workspace = workspace(jurisdiction);
        Actor reporter = access.actorForApiToken(apiKey).orElseThrow(() -> new ForbiddenException("incident.open311.invalidKey"));
        if (!reporter.hasAnyRole(workspace, IncidentRoles.REPORTERS)) {
            throw new ForbiddenException("incident.open311.noReporterRole");
        }
        if (blank(serviceCode)) {
            throw new RuleViolationException("incident.open311.serviceCodeMissing");
        }
        var category = service(workspace, serviceCode);
        Double latitude = number(lat);
        Double longitude = number(lon);
        if (latitude == null && longitude == null && blank(address)) {
            throw new RuleViolationException("incident.open311.locationMissing");
        }
        Instant when = blank(requested) ? Instant.now() : instant(requested);
        var date = when.atZone(Occurrence.ZONE);
        var observation = new NewObservation(latitude, longitude, blank(address) ? null : address.strip(),
                PlaceType.OUTDOOR_PUBLIC, date.toLocalDate(), date.toLocalTime().withNano(0), TimeAccuracy.EXACT, null,
                List.of(category.id()), description, Assessment.INSECURITY_CREATING, null, null, PoliceNotified.UNKNOWN,
                Set.of(), List.of());
        String key = "open311-" + sha256(String.join("\u0000", serviceCode, String.valueOf(lat), String.valueOf(lon),
                String.valueOf(address), String.valueOf(description), String.valueOf(requested)));
        // Open311 has no way to ask the reporter to confirm: personal data is stored masked, and the notice says so.
        var submission = new NewSubmission(key, "OPEN311", List.of(observation), true);
        SubmissionResult result;
        try {
            result = reports.submit(workspace, reporter, submission);
        } catch (DuplicateKeyException e) {
            result = reports.repeated(workspace,
                    reports.submissionByKey(workspace, reporter.userId(), key).orElseThrow(() -> e));
        }
        String reference = result.references().get(0);
        var row = byReference(reference, reports.all(workspace, ReportFilter.mine(reporter.userId(), 0)));
        String notice = row != null && row.personalDataFound()
                ? "Mottagen. Personuppgifter i texten har maskerats." : "Mottagen för bedömning av EST-samordnaren.";
        var body = new Items("request", List.of(fields("service_request_id", reference, "service_notice", notice)));
        return render(f, "service_requests", body, result.repeated() ? HttpStatus.OK : HttpStatus.CREATED);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
            @RequestParam(name = "api_key", required = false) @Nullable String apiKey,
            @RequestParam(name = "service_request_id", required = false) @Nullable String ids,
            @RequestParam(name = "service_code", required = false) @Nullable String codes,
            @RequestParam(name = "start_date", required = false) @Nullable String start,
            @RequestParam(name = "end_date", required = false) @Nullable String end,
            @RequestParam(name = "status", required = false) @Nullable String status) {
        var f = Format.of(format);
        var workspace = workspace(jurisdiction);
        var visible = visibleTo(workspace, apiKey);
        var all = categories.list(workspace, true);
        Predicate<ReportRow> wanted;
        if (!blank(ids)) {
            var references = list(ids);
            wanted = r -> references.contains(r.reference());
        } else {
            Instant to = blank(end) ? Instant.now() : instant(end);
            Instant from = blank(start) ? to.minus(Duration.ofDays(MAX_DAYS)) : instant(start);
            if (from.isAfter(to) || Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
                throw new RuleViolationException("incident.open311.dateRange", MAX_DAYS);
            }
            var names = blank(codes) ? null : all.stream().filter(c -> list(codes).contains(c.commonCode()))
                    .map(CategoryView::name).collect(Collectors.toSet());
            var statuses = blank(status) ? Set.of("open", "closed") : list(status);
            wanted = r -> !r.submittedAt().isBefore(from) && !r.submittedAt().isAfter(to)
                    && (names == null || r.categoryNames().stream().anyMatch(names::contains))
                    && statuses.contains(status(r.status()));
        }
        var rows = visible.stream()
                .filter(wanted).map(r -> request(r, all)).toList();
        return render(f, "service_requests", new Items("request", rows), HttpStatus.OK);
    }

    @GetMapping("/requests/{file:.+}")
    ResponseEntity<String> request(@PathVariable String file,
            @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
            @RequestParam(name = "api_key", required = false) @Nullable String apiKey) {
        var name = Named.of(file);
        var workspace = workspace(jurisdiction);
        var row = byReference(name.id(), visibleTo(workspace, apiKey));
        if (row == null) {
            throw new NotFoundException("incident.error.reportNotFound");
        }
        var body = new Items("request", List.of(request(row, categories.list(workspace, true))));
        return render(name.format(), "service_requests", body, HttpStatus.OK);
    }

    @ExceptionHandler(SamsynException.class)
    ResponseEntity<String> error(SamsynException e, HttpServletRequest request) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof ForbiddenException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        String text = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.forLanguageTag("sv"));
        var format = request.getRequestURI().endsWith(".json") ? Format.JSON : Format.XML;
        var body = new Items("error", List.of(fields("code", status.value(), "description", text)));
        return render(format, "errors", body, status);
    }

    private Map<String, Object> request(ReportRow r, List<CategoryView> all) {
        var category = all.stream().filter(c -> r.categoryNames().contains(c.name())).findFirst();
        return fields("service_request_id", r.reference(), "status", status(r.status()),
                "service_name", String.join(", ", r.categoryNames()),
                "service_code", category.map(CategoryView::commonCode).orElse(""),
                "description", r.description(),
                "requested_datetime", r.submittedAt().atOffset(ZoneOffset.UTC).format(W3C),
                "address", r.lat() == null ? (r.placeText() == null ? "" : r.placeText()) : "",
                "lat", r.lat() == null ? null : snap(r.lat()), "long", r.lon() == null ? null : snap(r.lon()));
    }

    /**
     * Reports are not public: the key's user sees the workspace's reports (masked) if they may view reports there,
     * otherwise only the ones they submitted themselves.
     */
    private List<ReportRow> visibleTo(WorkspaceId workspace, @Nullable String apiKey) {
        Actor actor = access.actorForApiToken(apiKey).orElseThrow(() -> new ForbiddenException("incident.open311.invalidKey"));
        if (actor.hasAnyRole(workspace, IncidentRoles.VIEWERS)) {
            return reports.all(workspace, new ReportFilter(null, null, null, null, null, null, 0, 500), actor);
        }
        if (actor.hasAnyRole(workspace, IncidentRoles.REPORTERS)) {
            return reports.all(workspace, ReportFilter.mine(actor.userId(), 0));
        }
        throw new ForbiddenException("incident.open311.noReporterRole");
    }

    private @Nullable ReportRow byReference(String reference, List<ReportRow> visible) {
        return visible.stream()
                .filter(r -> r.reference().equals(reference)).findFirst().orElse(null);
    }

    private WorkspaceId workspace(@Nullable String jurisdiction) {
        if (blank(jurisdiction)) {
            throw new RuleViolationException("incident.open311.jurisdictionMissing");
        }
        return organisations.findWorkspaceByMunicipalityCode(jurisdiction.strip())
                .orElseThrow(() -> new NotFoundException("incident.open311.jurisdictionNotFound")).id();
    }

    private CategoryView service(WorkspaceId workspace, String code) {
        return categories.list(workspace, false).stream().filter(c -> c.commonCode().equals(code.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("incident.open311.serviceNotFound"));
    }

    private static String group(CategoryView c, List<CategoryView> all) {
        if (!c.child()) {
            return c.name();
        }
        return all.stream().filter(p -> p.code().equals(c.parentCode())).map(CategoryView::name).findFirst().orElse(c.name());
    }

    static String status(ReportStatus status) {
        return CLOSED.contains(status) ? "closed" : "open";
    }

    static double snap(double value) {
        return Math.round(Math.round(value / GRID) * GRID * 1000.0) / 1000.0;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip(), W3C).toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("incident.open311.dateFormat");
        }
    }

    private static @Nullable Double number(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("incident.open311.coordinate");
        }
    }

    private static Set<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<String> render(Format format, String root, Object body, HttpStatus status) {
        return format == Format.XML
                ? ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/xml;charset=UTF-8"))
                        .body(Open311Document.xml(root, body))
                : ResponseEntity.status(status).contentType(MediaType.parseMediaType("application/json;charset=UTF-8"))
                        .body(Open311Document.json(body));
    }

    enum Format {
        XML, JSON;

        static Format of(String suffix) {
            return switch (suffix) {
                case "xml" -> XML;
                case "json" -> JSON;
                default -> throw new NotFoundException("common.error.notFound");
            };
        }
    }

    /** {@code EST-01.1.json}: the id before the last dot, the format after it. */
    record Named(String id, Format format) {

        static Named of(String file) {
            int dot = file.lastIndexOf('.');
            if (dot <= 0) {
                throw new NotFoundException("common.error.notFound");
            }
            return new Named(file.substring(0, dot), Format.of(file.substring(dot + 1)));
        }
    }
}
