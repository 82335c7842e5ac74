package se.samsyn.situation.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samsyn.shared.Actors;
import se.samsyn.shared.WorkspaceId;
import se.samsyn.situation.SituationPeriod;
import se.samsyn.situation.SituationPicture;
import se.samsyn.situation.domain.SituationRoles;
import se.samsyn.situation.domain.SituationService;

/**
 * The lägesbild as JSON: the same {@link SituationPicture} the dashboard shows, for the same query parameters
 * ({@code period}, {@code date}, {@code from}, {@code to}, repeated {@code area} and {@code category}).
 */
@RestController
class SituationRestController {

    private final SituationService situation;

    SituationRestController(SituationService situation) {
        this.situation = situation;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/situation")
    SituationResponse picture(@PathVariable WorkspaceId workspaceId,
            @RequestParam(required = false) SituationPeriod.@Nullable Kind period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable List<UUID> area,
            @RequestParam(required = false) @Nullable List<String> category) {
        var actor = Actors.current();
        actor.require(workspaceId, SituationRoles.VIEWERS);
        var districts = SituationRoles.districts(actor, workspaceId);
        var scope = situation.scope(workspaceId, districts, period, date, from, to, area, category);
        var picture = situation.picture(scope, actor.hasAnyRole(workspaceId, SituationRoles.POINT_VIEWERS));
        return new SituationResponse(scope.period().label(), SituationResponse.METHOD, picture);
    }
}
