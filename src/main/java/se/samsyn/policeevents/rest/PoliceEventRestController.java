package se.samsyn.policeevents.rest;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samsyn.organisation.OrganisationApi;
import se.samsyn.policeevents.PoliceEvent;
import se.samsyn.policeevents.domain.PoliceEventService;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.WorkspaceId;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
class PoliceEventRestController {

    private final PoliceEventService events;
    private final OrganisationApi organisations;

    PoliceEventRestController(PoliceEventService events, OrganisationApi organisations) {
        this.events = events;
        this.organisations = organisations;
    }

    @GetMapping("/police-events")
    @Operation(summary = "The polisen.se events of the workspace's kommun (newest first, at most 500); "
            + "lat/lon are kommun or län centroids")
    List<PoliceEvent> list(@PathVariable WorkspaceId workspaceId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String type) {
        Actors.current().require(workspaceId);
        var workspace = organisations.findWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("common.error.notFound"));
        return events.list(workspace.municipalityCode(), from, to, type == null || type.isBlank() ? null : type);
    }
}
