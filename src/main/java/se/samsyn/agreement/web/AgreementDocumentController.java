package se.samsyn.agreement.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.agreement.domain.GovernanceService;
import se.samsyn.shared.Actors;
import se.samsyn.shared.WorkspaceId;

/** Överenskommelsen som dokument: a PDF in the structure of the agreements the municipalities sign. */
@Controller
class AgreementDocumentController {

    private final AgreementService agreements;
    private final GovernanceService bodies;
    private final AgreementPdf pdf;

    AgreementDocumentController(AgreementService agreements, GovernanceService bodies, AgreementPdf pdf) {
        this.agreements = agreements;
        this.bodies = bodies;
        this.pdf = pdf;
    }

    @GetMapping("/workspaces/{workspaceId}/agreements/{agreementId}/document.pdf")
    ResponseEntity<byte[]> document(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @Nullable Integer version) {
        Actors.current().require(workspaceId);
        var a = agreements.get(workspaceId, agreementId, version, AgreementPages.today());
        var model = new HashMap<String, Object>();
        model.put("a", a);
        model.put("v", a.version());
        model.put("bodies", bodies.tree(workspaceId).stream().filter(b -> !b.retired()).toList());
        byte[] bytes = pdf.render(model);
        String name = a.version().title().replaceAll("[^\\p{L}\\p{N} –-]", "").strip() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
