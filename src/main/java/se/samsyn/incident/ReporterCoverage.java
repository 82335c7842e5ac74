package se.samsyn.incident;

import org.jspecify.annotations.Nullable;
import se.samsyn.geo.AreaId;

/**
 * Reporting effort in one area and ISO week: how many distinct reporters sent at least one report located in the area
 * for that week (any status except rejected, counted in the ISO week that holds the middle of the observation's time
 * interval, so a report sent on Monday about last week counts for last week), and how many nil returns ("inget att rapportera") covered it. {@code area} is null
 * for nil returns from reporters without a district, which cover the whole workspace.
 */
public record ReporterCoverage(@Nullable AreaId area, int isoYear, int isoWeek, int reporters, int nilReturns) {}
