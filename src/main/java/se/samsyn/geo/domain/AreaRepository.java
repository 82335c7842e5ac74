package se.samsyn.geo.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samsyn.geo.AreaId;
import se.samsyn.geo.AreaSummary;
import se.samsyn.geo.AreaType;
import se.samsyn.shared.WorkspaceId;

@Repository
class AreaRepository {

    record StoredArea(AreaSummary summary, String geojson) {}

    record Centroid(double swerefE, double swerefN, long h3r7) {}

    record NewArea(AreaId id, WorkspaceId workspace, AreaType type, String name, @Nullable String code,
            @Nullable AreaId parent, LocalDate validFrom, @Nullable LocalDate validTo, String geojson, double minLat,
            double maxLat, double minLon, double maxLon, double centroidLat, double centroidLon, double swerefE,
            double swerefN, long h3r7, double areaKm2, String source, UUID importId) {}

    private static final String SUMMARY_COLUMNS =
            "id, workspace_id, type, name, code, parent_id, valid_from, valid_to, centroid_lat, centroid_lon, area_km2";

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewArea a) {
        jdbc.sql("""
                insert into geo.area (id, workspace_id, type, name, code, parent_id, valid_from, valid_to, geojson, min_lat,
                    max_lat, min_lon, max_lon, centroid_lat, centroid_lon, centroid_sweref_e, centroid_sweref_n,
                    centroid_h3_r7, area_km2, source, import_id, created_at, version)
                values (:id, :ws, :type, :name, :code, :parent, :from, :to, :geojson, :minLat, :maxLat, :minLon, :maxLon,
                    :cLat, :cLon, :e, :n, :h3, :km2, :source, :importId, :now, 0)
                """)
                .param("id", a.id().value())
                .param("ws", a.workspace().value())
                .param("type", a.type().name())
                .param("name", a.name())
                .param("code", a.code())
                .param("parent", a.parent() == null ? null : a.parent().value())
                .param("from", Date.valueOf(a.validFrom()))
                .param("to", a.validTo() == null ? null : Date.valueOf(a.validTo()))
                .param("geojson", a.geojson())
                .param("minLat", a.minLat())
                .param("maxLat", a.maxLat())
                .param("minLon", a.minLon())
                .param("maxLon", a.maxLon())
                .param("cLat", a.centroidLat())
                .param("cLon", a.centroidLon())
                .param("e", a.swerefE())
                .param("n", a.swerefN())
                .param("h3", a.h3r7())
                .param("km2", a.areaKm2())
                .param("source", a.source())
                .param("importId", a.importId())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    List<AreaSummary> list(WorkspaceId workspace, @Nullable AreaType type, boolean includeRetired) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from geo.area where workspace_id = :ws"
                        + (type == null ? "" : " and type = :type")
                        + (includeRetired ? "" : " and (valid_to is null or valid_to >= :today)")
                        + " order by type, name")
                .param("ws", workspace.value())
                .param("type", type == null ? "" : type.name())
                .param("today", Date.valueOf(LocalDate.now()))
                .query(AreaRepository::summary)
                .list();
    }

    Optional<StoredArea> find(AreaId id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + ", geojson from geo.area where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new StoredArea(summary(rs, n), rs.getString("geojson")))
                .optional();
    }

    Centroid centroid(AreaId id) {
        return jdbc.sql("select centroid_sweref_e, centroid_sweref_n, centroid_h3_r7 from geo.area where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Centroid(rs.getDouble(1), rs.getDouble(2), rs.getLong(3)))
                .single();
    }

    List<AreaSummary> children(AreaId parent) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from geo.area where parent_id = :parent order by type, name")
                .param("parent", parent.value())
                .query(AreaRepository::summary)
                .list();
    }

    List<StoredArea> withGeometry(WorkspaceId workspace) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + ", geojson from geo.area where workspace_id = :ws"
                        + " and (valid_to is null or valid_to >= :today) and valid_from <= :today")
                .param("ws", workspace.value())
                .param("today", Date.valueOf(LocalDate.now()))
                .query((rs, n) -> new StoredArea(summary(rs, n), rs.getString("geojson")))
                .list();
    }

    void retire(AreaId id, LocalDate lastDay) {
        jdbc.sql("update geo.area set valid_to = :to, version = version + 1 where id = :id")
                .param("to", Date.valueOf(lastDay))
                .param("id", id.value())
                .update();
    }

    boolean alreadyImported(WorkspaceId workspace, String sha256, AreaType type) {
        return jdbc.sql("select count(*) from geo.area_import where workspace_id = :ws and sha256 = :sha and area_type = :t")
                        .param("ws", workspace.value())
                        .param("sha", sha256)
                        .param("t", type.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void recordImport(UUID id, WorkspaceId workspace, String fileName, String sha256, int count, AreaType type, UUID by) {
        jdbc.sql("""
                insert into geo.area_import (id, workspace_id, file_name, sha256, feature_count, area_type, imported_by, imported_at)
                values (:id, :ws, :file, :sha, :count, :type, :by, :now)
                """)
                .param("id", id)
                .param("ws", workspace.value())
                .param("file", fileName)
                .param("sha", sha256)
                .param("count", count)
                .param("type", type.name())
                .param("by", by)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private static AreaSummary summary(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        Date to = rs.getDate("valid_to");
        return new AreaSummary(
                new AreaId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                AreaType.valueOf(rs.getString("type")),
                rs.getString("name"),
                rs.getString("code"),
                parent == null ? null : new AreaId(parent),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getDouble("centroid_lat"),
                rs.getDouble("centroid_lon"),
                rs.getDouble("area_km2"));
    }
}
