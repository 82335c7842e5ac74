package se.samsyn.actionplan.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samsyn.actionplan.domain.PlanReports;
import se.samsyn.shared.WorkspaceId;

/** The annual follow-up report as PDF and the plan as XLSX in Brå's columns, each also as a public version. */
@Controller
class PlanReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanReports reports;

    PlanReportController(PlanReports reports) {
        this.reports = reports;
    }

    @GetMapping("/workspaces/{workspaceId}/action-plans/plans/{planId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId,
            @RequestParam(name = "public", defaultValue = "false") boolean publicVersion, Locale locale) {
        byte[] pdf = reports.pdf(workspaceId, planId, publicVersion, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(publicVersion ? "uppfoljning-offentlig.pdf" : "uppfoljning.pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/workspaces/{workspaceId}/action-plans/plans/{planId}/plan.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable WorkspaceId workspaceId, @PathVariable UUID planId,
            @RequestParam(name = "public", defaultValue = "false") boolean publicVersion, Locale locale) {
        byte[] xlsx = reports.xlsx(workspaceId, planId, publicVersion, locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("atgardsplan.xlsx").build().toString())
                .body(xlsx);
    }
}
