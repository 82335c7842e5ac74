package se.samsyn.incident.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samsyn.audit.AuditApi;
import se.samsyn.audit.AuditRecord;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.WorkspaceId;

/**
 * Weekly area status: each organisation rates each area per ISO week on the workspace's scale (default grön, gul,
 * orange, röd), and the group records its consensus. A new rating for the same area, week and organisation replaces
 * the old one (the audit log keeps every change).
 */
@Service
public class AreaStatusService {

    public enum Trend { IMPROVING, UNCHANGED, WORSENING }

    public record Level(int level, String label, String colour) {}

    public record Rating(UUID areaId, @Nullable UUID organisationId, int level, Trend trend, @Nullable String motivation,
            Instant ratedAt) {

        public boolean consensus() {
            return organisationId == null;
        }
    }

    static final String CONSENSUS = "CONSENSUS";
    static final List<Level> DEFAULT_SCALE = List.of(new Level(1, "Grön – normalläge", "#1b5e20"),
            new Level(2, "Gul – viss oro", "#8a6d00"), new Level(3, "Orange – oroligt läge", "#a04800"),
            new Level(4, "Röd – allvarligt läge", "#a4161a"));

    private final JdbcClient jdbc;
    private final AuditApi audit;

    AreaStatusService(JdbcClient jdbc, AuditApi audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public List<Level> scale(WorkspaceId workspace) {
        var levels = jdbc.sql("select level, label, colour from incident.status_level where workspace_id = :ws order by level")
                .param("ws", workspace.value())
                .query((rs, n) -> new Level(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        if (!levels.isEmpty()) {
            return levels;
        }
        saveLevels(workspace, DEFAULT_SCALE);
        return DEFAULT_SCALE;
    }

    /** Replaces the scale: 3 to 5 levels, one "label;#rrggbb" per line, best first. */
    @Transactional
    public void configureScale(WorkspaceId workspace, String lines) {
        List<Level> levels = new ArrayList<>();
        for (String line : lines.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            String label = parts[0].strip();
            String colour = parts.length > 1 ? parts[1].strip() : "#404040";
            if (label.isEmpty() || label.length() > 100 || !colour.matches("#[0-9a-fA-F]{6}")) {
                throw new RuleViolationException("incident.error.scale");
            }
            levels.add(new Level(levels.size() + 1, label, colour));
        }
        if (levels.size() < 3 || levels.size() > 5) {
            throw new RuleViolationException("incident.error.scale");
        }
        jdbc.sql("delete from incident.status_level where workspace_id = :ws").param("ws", workspace.value()).update();
        saveLevels(workspace, levels);
        audit.record(AuditRecord.change(workspace, "CONFIGURE", "AreaStatusScale", workspace).with("levels=" + levels.size()));
    }

    /** Records one organisation's rating, or the consensus when {@code organisation} is null. */
    @Transactional
    public void rate(WorkspaceId workspace, UUID area, NilReturnService.IsoWeek week, @Nullable UUID organisation,
            int level, @Nullable Trend trend, @Nullable String motivation, UUID by) {
        if (scale(workspace).stream().noneMatch(l -> l.level() == level)) {
            throw new RuleViolationException("incident.error.statusLevel");
        }
        if (trend == null) {
            throw new RuleViolationException("incident.error.trend");
        }
        if (motivation != null && motivation.length() > 2000) {
            throw new RuleViolationException("incident.error.motivationLength");
        }
        String key = organisation == null ? CONSENSUS : organisation.toString();
        String text = motivation == null || motivation.isBlank() ? null : PersonalDataScreen.mask(motivation.strip());
        int updated = jdbc.sql("""
                update incident.area_status set level = :level, trend = :trend, motivation = :m, rated_at = :at, rated_by = :by
                where workspace_id = :ws and area_id = :area and iso_year = :y and iso_week = :w and organisation_key = :key
                """)
                .param("level", level).param("trend", trend.name()).param("m", text)
                .param("at", Timestamp.from(Instant.now())).param("by", by).param("ws", workspace.value())
                .param("area", area).param("y", week.year()).param("w", week.week()).param("key", key)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into incident.area_status (id, workspace_id, area_id, iso_year, iso_week, organisation_key, level,
                        trend, motivation, rated_at, rated_by)
                    values (:id, :ws, :area, :y, :w, :key, :level, :trend, :m, :at, :by)
                    """)
                    .param("id", UUID.randomUUID()).param("level", level).param("trend", trend.name()).param("m", text)
                    .param("at", Timestamp.from(Instant.now())).param("by", by).param("ws", workspace.value())
                    .param("area", area).param("y", week.year()).param("w", week.week()).param("key", key)
                    .update();
        }
        audit.record(AuditRecord.change(workspace, "RATE", "AreaStatus", area)
                .with("week=" + week.year() + "-W" + week.week() + ";by=" + key + ";level=" + level + ";trend=" + trend));
    }

    @Transactional(readOnly = true)
    public List<Rating> ratings(WorkspaceId workspace, NilReturnService.IsoWeek week) {
        return jdbc.sql("""
                select area_id, organisation_key, level, trend, motivation, rated_at from incident.area_status
                where workspace_id = :ws and iso_year = :y and iso_week = :w order by area_id, organisation_key
                """)
                .param("ws", workspace.value()).param("y", week.year()).param("w", week.week())
                .query((rs, n) -> new Rating(rs.getObject(1, UUID.class),
                        CONSENSUS.equals(rs.getString(2)) ? null : UUID.fromString(rs.getString(2)), rs.getInt(3),
                        Trend.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    private void saveLevels(WorkspaceId workspace, List<Level> levels) {
        for (var l : levels) {
            jdbc.sql("insert into incident.status_level (workspace_id, level, label, colour) values (:ws, :l, :label, :c)")
                    .param("ws", workspace.value()).param("l", l.level()).param("label", l.label()).param("c", l.colour())
                    .update();
        }
    }
}
