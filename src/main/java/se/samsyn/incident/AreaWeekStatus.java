package se.samsyn.incident;

import se.samsyn.geo.AreaId;

/** The EST group's consensus status of an area for one ISO week, on the workspace's scale (level 1 is best). */
public record AreaWeekStatus(AreaId area, int isoYear, int isoWeek, int level, String label, String colour, String trend) {}
