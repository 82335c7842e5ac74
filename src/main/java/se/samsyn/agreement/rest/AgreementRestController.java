package se.samsyn.agreement.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samsyn.agreement.AgreementContent;
import se.samsyn.agreement.AgreementId;
import se.samsyn.agreement.AgreementLevel;
import se.samsyn.agreement.AgreementStatus;
import se.samsyn.agreement.Decision;
import se.samsyn.agreement.GovernanceBodyId;
import se.samsyn.agreement.domain.AgreementService;
import se.samsyn.organisation.OrganisationId;
import se.samsyn.shared.Actors;
import se.samsyn.shared.Role;
import se.samsyn.shared.WorkspaceId;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/agreements")
@Tag(name = "Överenskommelser", description = "Samverkansöverenskommelser: list, read, create, change status")
class AgreementRestController {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Role[] EDITORS = {Role.ADMIN, Role.COORDINATOR, Role.MUNICIPAL_POLICE};
    private static final Role[] DECIDERS = {Role.ADMIN, Role.COORDINATOR, Role.MUNICIPAL_POLICE, Role.DECISION_MAKER};

    record CreateAgreementRequest(@Nullable String title, @Nullable AgreementLevel level, @Nullable List<UUID> parties,
            @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String introduction,
            @Nullable String purpose, @Nullable String goals, @Nullable String organisation, @Nullable String followUp,
            @Nullable UUID parentId, @Nullable UUID replacesId) {

        AgreementContent toContent() {
            return new AgreementContent(title, level, parties == null ? List.of() : parties.stream().map(OrganisationId::new).toList(),
                    validFrom, validTo, introduction, purpose, goals, organisation, followUp,
                    parentId == null ? null : new AgreementId(parentId), replacesId == null ? null : new AgreementId(replacesId),
                    null);
        }
    }

    record Created(UUID id) {}

    record StatusChange(@Nullable AgreementStatus status, @Nullable UUID decidingBodyId, @Nullable LocalDate decidedOn,
            @Nullable String reference) {}

    record StatusChanged(UUID id, int version, AgreementStatus status) {}

    private final AgreementService agreements;

    AgreementRestController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "The workspace's agreements with the latest version's status and any renewal warning")
    List<AgreementResponses.AgreementSummary> list(@PathVariable WorkspaceId workspaceId) {
        Actors.current().require(workspaceId);
        return agreements.list(workspaceId, today()).stream().map(AgreementResponses.AgreementSummary::of).toList();
    }

    @GetMapping("/{agreementId}")
    @Operation(summary = "One agreement: the latest version (or ?version=n) with its content and history")
    AgreementResponses.Agreement get(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestParam(required = false) @Nullable Integer version) {
        Actors.current().require(workspaceId);
        return AgreementResponses.Agreement.of(agreements.get(workspaceId, agreementId, version, today()));
    }

    @PostMapping
    @Operation(summary = "Create an agreement in draft")
    ResponseEntity<Created> create(@PathVariable WorkspaceId workspaceId, @RequestBody CreateAgreementRequest request) {
        var actor = Actors.current();
        actor.require(workspaceId, EDITORS);
        var id = agreements.create(workspaceId, request.toContent(), actor.userId());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/agreements/" + id))
                .body(new Created(id.value()));
    }

    @PostMapping("/{agreementId}/status")
    @Operation(summary = "Move the latest version along the lifecycle; ADOPTED needs the deciding body, date and reference")
    StatusChanged status(@PathVariable WorkspaceId workspaceId, @PathVariable AgreementId agreementId,
            @RequestBody StatusChange change) {
        Actors.current().require(workspaceId, change.status() == AgreementStatus.ADOPTED ? DECIDERS : EDITORS);
        agreements.transition(workspaceId, agreementId, change.status(), new Decision(
                change.decidingBodyId() == null ? null : new GovernanceBodyId(change.decidingBodyId()), change.decidedOn(),
                change.reference()));
        var a = agreements.get(workspaceId, agreementId, null, today());
        return new StatusChanged(agreementId.value(), a.currentVersion(), a.version().status());
    }

    private static LocalDate today() {
        return LocalDate.now(STOCKHOLM);
    }
}
