package se.samsyn.statistics.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import se.samsyn.shared.Actors;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.statistics.domain.ImportJobs;
import se.samsyn.statistics.domain.ImportKind;
import se.samsyn.statistics.domain.ImportProblem;
import se.samsyn.statistics.domain.ImportRejected;
import se.samsyn.statistics.domain.StatisticsRoles;

/**
 * Imports a statistics file through the API, at once and in one transaction: the same reading, checks and storage as
 * the import page, without the preview step. A file with problems stores nothing and answers 422 with every problem
 * by row and column.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/statistics/imports")
@Tag(name = "Statistik")
class ImportRestController {

    static final String REJECTED = "statistics.import.error.rejected";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportRestController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a file: police monthly counts by default (CSV or XLSX; encoding and separator are "
            + "detected; the workspace's remembered column and category mapping applies), or Brå, survey or other series",
            description = "Needs an importing role (kommunpolis, coordinator, analyst, administrator). The same file "
                    + "again changes nothing (alreadyImported); a corrected police file for the same period replaces "
                    + "that period.")
    @ApiResponse(responseCode = "200", description = "Imported, or already imported before")
    @ApiResponse(responseCode = "400", description = "No file part, or an unknown kind",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The file cannot be imported; nothing was stored. "
            + "problems lists row (1 = header line, 0 = the whole file), column, code and message",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ImportResponse importFile(@PathVariable WorkspaceId workspaceId,
            @Parameter(description = "What the file holds") @RequestParam(defaultValue = "POLICE") ImportKind kind,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException, MissingServletRequestPartException {
        var actor = Actors.current();
        actor.require(workspaceId, StatisticsRoles.IMPORTERS);
        if (file == null) {
            // checked after the access check, so another kommun's workspace is refused before the request is judged
            throw new MissingServletRequestPartException("file");
        }
        if (file.isEmpty()) {
            throw new RuleViolationException("statistics.import.error.empty");
        }
        var o = jobs.importNow(workspaceId, kind, String.valueOf(file.getOriginalFilename()), file.getBytes(),
                actor.userId());
        return new ImportResponse(o.importId(), o.alreadyImported(), o.values(), o.replaced(), o.from(), o.to());
    }

    /** Before the application-wide handler, which does not know this module's exception. */
    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e, HttpServletRequest request) {
        Locale locale = request.getHeader("Accept-Language") == null ? SWEDISH : request.getLocale();
        var detail = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        detail.setType(URI.create("urn:samsyn:problem:" + REJECTED));
        detail.setTitle(messages.getMessage(REJECTED, new Object[] {e.problems().size()}, REJECTED, locale));
        detail.setProperty("code", REJECTED);
        detail.setProperty("problems", e.problems().stream().map(p -> problem(p, locale)).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    private Map<String, Object> problem(ImportProblem p, Locale locale) {
        var m = new LinkedHashMap<String, Object>();
        m.put("row", p.row());
        m.put("column", p.column());
        m.put("code", p.messageKey());
        m.put("message", messages.getMessage(p.messageKey(), p.argumentArray(), p.messageKey(), locale));
        return m;
    }
}
