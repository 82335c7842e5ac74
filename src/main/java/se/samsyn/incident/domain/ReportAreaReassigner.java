package se.samsyn.incident.domain;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samsyn.geo.AreasImported;
import se.samsyn.geo.GeoApi;

/**
 * Re-derives which areas each pinned report lies in when a workspace's boundaries change, from the raw point every
 * report keeps for this. Areas retired by the import drop out, new ones come in; reports without a pin have no areas.
 */
@Component
class ReportAreaReassigner {

    private static final Logger LOG = LoggerFactory.getLogger(ReportAreaReassigner.class);

    private final ReportRepository reports;
    private final GeoApi geo;

    ReportAreaReassigner(ReportRepository reports, GeoApi geo) {
        this.reports = reports;
        this.geo = geo;
    }

    @ApplicationModuleListener
    void on(AreasImported event) {
        int changed = 0;
        for (var report : reports.pinned(event.workspace())) {
            List<UUID> now = ReportAreas.of(geo, event.workspace(), report.lat(), report.lon());
            if (!new HashSet<>(now).equals(report.areaIds())) {
                reports.replaceAreas(report.id(), now);
                changed++;
            }
        }
        LOG.info("Areas of {} reports in workspace {} re-derived after area import {}", changed,
                event.workspace().value(), event.importId());
    }
}
