package se.samsyn.geo.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.geo.Location;
import se.samsyn.geo.domain.AreaService;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.Role;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Områden", description = "Areas of a municipality workspace")
class AreaRestController {

    record ImportResponse(String importId, int imported, int unchanged, boolean alreadyImported, List<String> names) {}

    private final AreaService areas;

    AreaRestController(AreaService areas) {
        this.areas = areas;
    }

    @GetMapping("/areas")
    @Operation(summary = "List the workspace's areas")
    List<AreaSummary> list(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable AreaType type,
            @RequestParam(defaultValue = "false") boolean retired) {
        Actors.current().require(workspaceId);
        return areas.list(workspaceId, type, retired);
    }

    @GetMapping(value = "/areas.geojson", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Export the workspace's valid areas as a GeoJSON FeatureCollection (WGS84)")
    ResponseEntity<String> geojson(@PathVariable WorkspaceId workspaceId, @RequestParam(required = false) @Nullable AreaType type) {
        Actors.current().require(workspaceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(areas.export(workspaceId, type));
    }

    @GetMapping("/areas/{areaId}")
    @Operation(summary = "One area")
    AreaSummary get(@PathVariable WorkspaceId workspaceId, @PathVariable AreaId areaId) {
        Actors.current().require(workspaceId);
        return areas.find(areaId).filter(a -> a.workspace().equals(workspaceId))
                .orElseThrow(() -> new NotFoundException("geo.error.areaNotFound"));
    }

    @GetMapping(value = "/areas/{areaId}.geojson", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Export one area, whatever its validity, as a GeoJSON FeatureCollection (WGS84)")
    ResponseEntity<String> areaGeojson(@PathVariable WorkspaceId workspaceId, @PathVariable AreaId areaId) {
        Actors.current().require(workspaceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(areas.exportArea(workspaceId, areaId));
    }

    @GetMapping("/locate")
    @Operation(summary = "Which areas contain a WGS84 point, with its SWEREF 99 TM projection and H3 cells")
    Location locate(@PathVariable WorkspaceId workspaceId, @RequestParam double lat, @RequestParam double lon) {
        Actors.current().require(workspaceId);
        return areas.locate(workspaceId, lat, lon);
    }

    @PostMapping(value = "/areas/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import areas from a GeoJSON file; the whole file or nothing")
    ImportResponse importAreas(@PathVariable WorkspaceId workspaceId, @RequestPart("file") MultipartFile file,
            @RequestParam AreaType type, @RequestParam(required = false) @Nullable String nameProperty,
            @RequestParam(required = false) @Nullable String codeProperty,
            @RequestParam(required = false) @Nullable String filterProperty,
            @RequestParam(required = false) @Nullable String filterValue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo)
            throws IOException {
        var actor = Actors.current();
        actor.require(workspaceId, Role.ADMIN, Role.COORDINATOR);
        if (file.isEmpty()) {
            throw new RuleViolationException("geo.import.error.empty");
        }
        var result = areas.importAreas(new AreaService.ImportRequest(workspaceId, type,
                String.valueOf(file.getOriginalFilename()), file.getBytes(), nameProperty, codeProperty, filterProperty,
                filterValue, validFrom == null ? LocalDate.now() : validFrom, validTo, actor.userId()));
        return new ImportResponse(result.importId().toString(), result.imported(), result.unchanged(),
                result.alreadyImported(), result.names());
    }
}
