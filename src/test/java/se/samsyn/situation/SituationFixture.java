package se.samsyn.situation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samsyn.TestData;
import se.samsyn.access.UserId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.GeoApi;
import se.samsyn.incident.IncidentFixture;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.CategoryService;
import se.samsyn.incident.domain.NewObservation;
import se.samsyn.incident.domain.NewSubmission;
import se.samsyn.incident.domain.PartOfDay;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.ReportService;
import se.samsyn.incident.domain.ReportStatus;
import se.samsyn.incident.domain.TimeAccuracy;
import se.samsyn.shared.Role;

/** A workspace with one EST area around central Lund, a coordinator and a reporter, and a way to file triaged reports. */
public final class SituationFixture {

    public record Setup(TestData.TestWorkspace ws, AreaSummary area, UserId coordinator, UserId reporter) {}

    private final TestData data;
    private final GeoApi geo;
    private final CategoryService categories;
    private final ReportService reports;

    public SituationFixture(TestData data, GeoApi geo, CategoryService categories, ReportService reports) {
        this.data = data;
        this.geo = geo;
        this.categories = categories;
        this.reports = reports;
    }

    public Setup setup() {
        var ws = data.workspace();
        var area = new IncidentFixture(geo, categories, data).area(ws);
        return new Setup(ws, area, data.user(ws, Role.COORDINATOR), data.user(ws, Role.REPORTER));
    }

    /** Files one observation as the reporter and, unless {@code status} is SUBMITTED, moves it there as the coordinator. */
    public UUID report(Setup s, @Nullable Double lat, @Nullable Double lon, LocalDate date, TimeAccuracy accuracy,
            @Nullable LocalTime time, @Nullable PartOfDay partOfDay, String categoryCode, ReportStatus status) {
        var category = categories.list(s.ws().id(), true).stream().filter(c -> c.code().equals(categoryCode)).findFirst()
                .orElseThrow();
        var observation = new NewObservation(lat, lon, lat == null ? "Torget" : null, PlaceType.OUTDOOR_PUBLIC, date, time,
                accuracy, partOfDay, List.of(category.id()), "Klotter på väggen vid torget", Assessment.INSECURITY_CREATING,
                null, null, PoliceNotified.NO, Set.of(), List.of());
        var result = reports.submit(s.ws().id(), data.principal(s.reporter()).actor(),
                new NewSubmission(UUID.randomUUID().toString(), "API", List.of(observation), false));
        UUID id = result.reportIds().get(0);
        var coordinator = data.principal(s.coordinator()).actor();
        if (status == ReportStatus.CLOSED) {
            reports.changeStatus(s.ws().id(), id, ReportStatus.ACCEPTED, null, null, coordinator);
        }
        if (status != ReportStatus.SUBMITTED) {
            reports.changeStatus(s.ws().id(), id, status, null, null, data.principal(s.coordinator()).actor());
        }
        return id;
    }
}
